package dev.voucheremulator.management;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request bodies of the project operations. */
final class ProjectRequests {

    static final String WEBHOOK_VERSIONS = "v2024-01-01";
    static final String API_VERSIONS = "v2018-08-01";

    private ProjectRequests() {
    }

    /** {@code ManagementProjectsCreateRequestBody}. */
    record CreateProject(@NotNull Boolean caseSensitiveCodes, @NotBlank @Size(max = 200) String name,
                         @Size(max = 1000) String description, @NotBlank @Size(max = 100) String timezone,
                         @NotBlank @Size(max = 3) String currency, @Size(max = 10) String dialCode,
                         @Pattern(regexp = WEBHOOK_VERSIONS) String webhookVersion,
                         @Size(max = 100) List<@NotBlank @Size(max = 255) String> clientTrustedDomains,
                         Boolean clientRedeemEnabled, Boolean clientPublishEnabled,
                         Boolean clientListVouchersEnabled, Boolean clientCreateCustomerEnabled,
                         Boolean clientLoyaltyEventsEnabled, Boolean clientSetVoucherExpirationDateEnabled,
                         @Valid ProjectSettings.CalloutNotifications webhooksCalloutNotifications,
                         @Valid ProjectSettings.UsageNotifications apiUsageNotifications,
                         @Size(min = 1, max = 20) String clusterId,
                         @Pattern(regexp = API_VERSIONS) String apiVersion,
                         @Size(max = 100) List<UserRequests.@Valid @NotNull AssignUser> users) {
    }

    /** {@code ManagementProjectsUpdateRequestBody}: only what is sent changes. */
    record UpdateProject(@Size(min = 1, max = 200) String name, @Size(max = 1000) String description,
                         @Size(min = 1, max = 100) String timezone, @Size(min = 1, max = 3) String currency,
                         @Size(max = 10) String dialCode, @Pattern(regexp = WEBHOOK_VERSIONS) String webhookVersion,
                         @Size(max = 100) List<@NotBlank @Size(max = 255) String> clientTrustedDomains,
                         Boolean clientRedeemEnabled, Boolean clientPublishEnabled,
                         Boolean clientListVouchersEnabled, Boolean clientCreateCustomerEnabled,
                         Boolean clientLoyaltyEventsEnabled, Boolean clientSetVoucherExpirationDateEnabled,
                         @Valid ProjectSettings.CalloutNotifications webhooksCalloutNotifications,
                         @Valid ProjectSettings.UsageNotifications apiUsageNotifications,
                         ProjectSettings.DefaultCodeConfig defaultCodeConfig) {
    }
}
