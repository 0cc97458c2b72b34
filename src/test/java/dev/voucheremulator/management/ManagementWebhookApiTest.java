package dev.voucheremulator.management;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.EmulatorTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Webhook configurations, and what webhook deliveries read of them through {@link WebhookConfigurations}. */
@EmulatorTest
class ManagementWebhookApiTest {

    @LocalServerPort
    int port;

    @Autowired
    WebhookConfigurations configurations;

    @Test
    void webhookLifecycle() {
        ApiClient management = Management.account(port);
        JsonNode project = Management.createProject(management);
        String base = "/management/v1/projects/" + project.get("id").asString() + "/webhooks";

        ApiClient.ApiResponse created = management.post(base, Map.of("target_url", "https://example.com/hooks",
                "events", List.of("redemption.succeeded", "voucher.published")));
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        JsonNode webhook = created.body();
        String id = webhook.get("id").asString();
        assertThat(id).matches("wh_[A-Za-z0-9]{24}");
        assertThat(webhook.get("object").asString()).isEqualTo("webhook");
        assertThat(webhook.get("active").asBoolean()).as("active by default").isTrue();
        assertThat(webhook.get("created_at").asString()).isNotBlank();

        ApiClient.ApiResponse updated = management.put(base + "/" + id, Map.of("target_url", "https://example.com/v2",
                "events", List.of("redemption.failed"), "active", false));
        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        assertThat(updated.body().get("events").get(0).asString()).isEqualTo("redemption.failed");
        assertThat(updated.body().get("active").asBoolean()).isFalse();

        assertThat(management.get(base).body().get("total").asInt()).isEqualTo(1);
        assertThat(management.get(base + "/" + id).body()).isEqualTo(updated.body());

        String appId = project.get("server_side_key").get("app_id").asString();
        assertThat(configurations.forProject(appId)).containsExactly(new WebhookConfigurations.WebhookConfiguration(
                id, "https://example.com/v2", List.of("redemption.failed"), false));
        assertThat(configurations.secret(appId)).contains(project.get("webhook_token").asString());
        assertThat(configurations.forProject("never-managed")).isEmpty();

        assertThat(management.delete(base + "/" + id).status()).isEqualTo(204);
        ApiClient.ApiResponse gone = management.get(base + "/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.body().get("details").asString()).isEqualTo("Cannot find webhook with id " + id);
        assertThat(configurations.forProject(appId)).isEmpty();
    }

    @Test
    void refusesUnknownEventsAndAddressesThatAreNotHttp() {
        ApiClient management = Management.account(port);
        String base = "/management/v1/projects/" + Management.createProject(management).get("id").asString()
                + "/webhooks";
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("target_url", "https://example.com", "events", List.of("voucher.exploded")),
                Map.of("target_url", "mailto:x@example.com", "events", List.of("voucher.created")),
                Map.of("target_url", "https://example.com", "events", List.of()),
                Map.of("events", List.of("voucher.created")))) {
            ApiClient.ApiResponse refused = management.post(base, body);
            assertThat(refused.status()).as(body.toString()).isEqualTo(400);
            assertThat(refused.body().get("key").asString()).isEqualTo("invalid_payload");
        }
        assertThat(management.get(base).body().get("total").asInt()).isZero();
    }
}
