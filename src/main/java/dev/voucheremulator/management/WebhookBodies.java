package dev.voucheremulator.management;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Bodies of the webhook configuration operations. */
final class WebhookBodies {

    private WebhookBodies() {
    }

    /**
     * {@code ManagementProjectsWebhooksCreateRequestBody}, and the update body, which requires the same:
     * an http(s) address and at least one event.
     */
    record WebhookRequest(@NotBlank @Size(max = 2000) @Pattern(regexp = "(?i)https?://\\S+",
                                  message = "should be an http or https URL") String targetUrl,
                          @NotNull @NotEmpty @Size(max = 100) List<@NotBlank String> events, Boolean active) {
    }

    /** {@code ManagementProjectsWebhooksCreateResponseBody} (and the get, update and list item). */
    record WebhookResponse(String id, String object, Instant createdAt, String targetUrl, List<String> events,
                           boolean active) {

        static WebhookResponse from(ManagementWebhook w) {
            return new WebhookResponse(w.id(), "webhook", w.createdAt(), w.targetUrl(), w.events(), w.active());
        }
    }
}
