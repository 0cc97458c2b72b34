package dev.voucheremulator.management;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import dev.voucheremulator.support.VoucherifyErrors;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A test suite's view of webhooks without a receiver of its own: a webhook configured through the
 * Management API points at a capture sink, the deliveries control lists what was sent with each
 * attempt, and a retry through the control sends it again.
 */
@EmulatorTest
class WebhookDeliveriesControlApiTest {

    @LocalServerPort
    int port;

    @Test
    void aWebhookPointingAtASinkIsDeliveredListedAndRetried() throws Exception {
        ApiClient controls = ApiClient.anonymous(port);
        String sink = "/_emulator/sinks/orders-" + UUID.randomUUID();
        ApiClient management = Management.account(port);
        JsonNode project = Management.createProject(management);
        String appId = project.get("server_side_key").get("app_id").asString();
        ApiResponse webhook = management.post("/management/v1/projects/" + project.get("id").asString() + "/webhooks",
                Map.of("target_url", "http://localhost:" + port + sink, "events", List.of("campaign.created")));
        assertThat(webhook.status()).as(webhook.text()).isEqualTo(200);

        ApiResponse campaign = Management.keysOf(port, project).post("/v1/campaigns", Map.of("name", "Sunk",
                "campaign_type", "DISCOUNT_COUPONS", "type", "AUTO_UPDATE", "voucher", Map.of("type",
                        "DISCOUNT_VOUCHER", "discount", Map.of("type", "PERCENT", "percent_off", 10))));
        assertThat(campaign.status()).as(campaign.text()).isEqualTo(200);

        JsonNode captured = awaitCaptured(controls, sink, 1).get(0);
        String raw = captured.get("raw_body").asString();
        String signature = captured.get("headers").get("x-voucherify-signature").asString();
        assertThat(signature).isEqualTo(hmac(project.get("webhook_token").asString(), raw));
        assertThat(captured.get("body").get("type").asString()).isEqualTo("campaign.created");
        assertThat(captured.get("body").get("data").toString()).contains("\"name\":\"Sunk\"");
        assertThat(captured.get("received_at").asString()).isNotBlank();

        String deliveries = "/_emulator/projects/" + appId + "/webhooks/deliveries";
        // the sink has the request before the dispatcher has written its answer down
        awaitDelivered(controls, deliveries);
        ApiResponse listed = controls.get(deliveries + "?type=campaign.created");
        assertThat(listed.status()).as(listed.text()).isEqualTo(200);
        assertThat(listed.body().get("object").asString()).isEqualTo("list");
        assertThat(listed.body().get("total").asInt()).isEqualTo(1);
        JsonNode delivery = listed.body().get("deliveries").get(0);
        assertThat(delivery.get("id").asString()).startsWith("whs_");
        assertThat(delivery.get("webhook_id").asString()).isEqualTo(webhook.body().get("id").asString());
        assertThat(delivery.get("type").asString()).isEqualTo("campaign.created");
        assertThat(delivery.get("status").asString()).isEqualTo("delivered");
        assertThat(delivery.get("signature").asString()).isEqualTo(signature);
        assertThat(delivery.get("payload").get("id").asString()).isEqualTo(delivery.get("id").asString());
        assertThat(delivery.has("next_attempt_at") && !delivery.get("next_attempt_at").isNull()).isFalse();
        JsonNode attempts = delivery.get("attempts");
        assertThat(attempts.size()).isEqualTo(1);
        assertThat(attempts.get(0).get("status_code").asInt()).isEqualTo(200);
        assertThat(attempts.get(0).get("at").asString()).isNotBlank();
        assertThat(attempts.get(0).has("ms")).isTrue();

        assertThat(controls.get(deliveries + "?status=failed").body().get("total").asInt()).isZero();
        assertThat(controls.get(deliveries + "?type=campaign.deleted").body().get("total").asInt()).isZero();
        assertThat(controls.get(deliveries + "?status=DELIVERED").body().get("total").asInt()).isEqualTo(1);

        ApiResponse retried = controls.post(deliveries + "/" + delivery.get("id").asString() + "/retry", null);
        assertThat(retried.status()).as(retried.text()).isEqualTo(200);
        assertThat(retried.body().get("status").asString()).isEqualTo("delivered");
        assertThat(retried.body().get("attempts").size()).isEqualTo(2);
        List<JsonNode> both = awaitCaptured(controls, sink, 2);
        assertThat(both.get(1).get("raw_body").asString()).isEqualTo(raw);
        assertThat(controls.get(deliveries + "/" + delivery.get("id").asString()).body().get("attempts").size())
                .isEqualTo(2);

        VoucherifyErrors.assertError(controls.post(deliveries + "/whs_unknown/retry", null), 404, "not_found",
                "retry of an unknown delivery");
        assertThat(controls.delete(sink).status()).isEqualTo(204);
    }

    @Test
    void aSinkAnsweringWithAnErrorLeavesTheDeliveryPendingWithItsNextAttempt() throws Exception {
        ApiClient controls = ApiClient.anonymous(port);
        String sink = "/_emulator/sinks/failing-" + UUID.randomUUID();
        ApiClient management = Management.account(port);
        JsonNode project = Management.createProject(management);
        String appId = project.get("server_side_key").get("app_id").asString();
        assertThat(management.post("/management/v1/projects/" + project.get("id").asString() + "/webhooks",
                Map.of("target_url", "http://localhost:" + port + sink + "?status=503",
                        "events", List.of("campaign.created"))).status()).isEqualTo(200);

        assertThat(Management.keysOf(port, project).post("/v1/campaigns", Map.of("name", "Refused",
                "campaign_type", "DISCOUNT_COUPONS", "type", "AUTO_UPDATE", "voucher", Map.of("type",
                        "DISCOUNT_VOUCHER", "discount", Map.of("type", "PERCENT", "percent_off", 10)))).status())
                .isEqualTo(200);
        awaitCaptured(controls, sink, 1);

        String deliveries = "/_emulator/projects/" + appId + "/webhooks/deliveries";
        JsonNode delivery = awaitPending(controls, deliveries);
        assertThat(delivery.get("next_attempt_at").asString()).isNotBlank();
        assertThat(delivery.get("attempts").get(0).get("status_code").asInt()).isEqualTo(503);
        assertThat(delivery.get("attempts").get(0).get("error").asString()).isNotBlank();
    }

    @Test
    void aProjectResetDropsItsDeliveriesAndLeavesAnotherProjectsAlone() throws Exception {
        ApiClient controls = ApiClient.anonymous(port);
        ApiClient management = Management.account(port);
        List<JsonNode> projects = List.of(Management.createProject(management), Management.createProject(management));
        for (JsonNode project : projects) {
            String sink = "/_emulator/sinks/reset-" + UUID.randomUUID();
            assertThat(management.post("/management/v1/projects/" + project.get("id").asString() + "/webhooks",
                    Map.of("target_url", "http://localhost:" + port + sink, "events", List.of("campaign.created")))
                    .status()).isEqualTo(200);
            assertThat(Management.keysOf(port, project).post("/v1/campaigns", Map.of("name", "Announced",
                    "campaign_type", "DISCOUNT_COUPONS", "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                            "discount", Map.of("type", "PERCENT", "percent_off", 10)))).status()).isEqualTo(200);
            awaitCaptured(controls, sink, 1);
        }
        String resetId = projects.get(0).get("server_side_key").get("app_id").asString();
        String keptId = projects.get(1).get("server_side_key").get("app_id").asString();
        String resetDeliveries = "/_emulator/projects/" + resetId + "/webhooks/deliveries";
        String deliveryId = controls.get(resetDeliveries).body().get("deliveries").get(0).get("id").asString();

        ApiResponse reset = Management.keysOf(port, projects.get(0)).post("/_emulator/projects/" + resetId + "/reset",
                null);
        assertThat(reset.status()).as(reset.text()).isEqualTo(204);

        assertThat(controls.get(resetDeliveries).body().get("total").asInt()).isZero();
        assertThat(controls.get(resetDeliveries + "/" + deliveryId).status()).isEqualTo(404);
        assertThat(controls.get("/_emulator/projects/" + keptId + "/webhooks/deliveries").body().get("total").asInt())
                .isEqualTo(1);
    }

    private static void awaitDelivered(ApiClient controls, String deliveries) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (controls.get(deliveries + "?status=delivered").body().get("total").asInt() == 0
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private static JsonNode awaitPending(ApiClient controls, String deliveries) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (true) {
            JsonNode listed = controls.get(deliveries + "?status=pending").body();
            if (listed.get("total").asInt() == 1 && listed.get("deliveries").get(0).get("attempts").size() == 1
                    || System.nanoTime() > deadline) {
                assertThat(listed.get("total").asInt()).isEqualTo(1);
                return listed.get("deliveries").get(0);
            }
            Thread.sleep(50);
        }
    }

    static List<JsonNode> awaitCaptured(ApiClient controls, String sink, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (true) {
            ApiResponse got = controls.get(sink);
            assertThat(got.status()).as(got.text()).isEqualTo(200);
            if (got.body().get("total").asInt() >= count || System.nanoTime() > deadline) {
                List<JsonNode> requests = got.body().get("requests").valueStream().toList();
                assertThat(requests).hasSize(count);
                return requests;
            }
            Thread.sleep(50);
        }
    }

    private static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
