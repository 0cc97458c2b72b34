package dev.voucheremulator.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Changes made through the API reach a registered webhook once, signed, and again after a failure. */
@WebhookTest
class WebhookDeliveryApiTest {

    static final String SECRET = "whsec-test";

    @LocalServerPort
    int port;

    @Autowired
    InMemoryWebhookSubscriptions webhooks;

    @Autowired
    WebhookDispatcher dispatcher;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    String projectId;
    ApiClient api;
    WebhookReceiver receiver;

    @BeforeEach
    void project() {
        projectId = "webhooks-" + UUID.randomUUID();
        api = ApiClient.forProject(port, projectId);
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
        clock.reset();
    }

    @Test
    void aRedemptionDeliversItsEventOnceSigned() {
        subscribe("wh_redemptions", "redemption.succeeded");
        String code = voucherCode();

        JsonNode redeemed = ok(api.post("/v1/redemptions", Map.of(
                "redeemables", List.of(Map.of("object", "voucher", "id", code)),
                "customer", Map.of("source_id", "alice"), "order", Map.of("amount", 10_000))));
        dispatcher.dispatchDue();

        List<WebhookReceiver.Received> got = receiver.ofType("redemption.succeeded");
        assertThat(got).hasSize(1);
        WebhookReceiver.Received delivery = got.get(0);
        assertThat(delivery.signature()).isEqualTo(hmac(delivery.body()));
        JsonNode envelope = delivery.json();
        assertThat(envelope.get("id").asString()).startsWith("whs_");
        assertThat(envelope.get("project_id").asString()).isEqualTo(projectId);
        assertThat(envelope.get("type").asString()).isEqualTo("redemption.succeeded");
        assertThat(envelope.get("created_at").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
        assertThat(envelope.get("event").get("created_at").asString()).isEqualTo(envelope.get("created_at").asString());
        assertThat(envelope.get("event").get("group_id").asString()).startsWith("v-");
        assertThat(envelope.get("event").get("event_source").get("channel").asString()).isEqualTo("API");
        assertThat(envelope.get("source").get("id").asString()).isEqualTo("wh_redemptions");
        assertThat(envelope.get("source").get("target_url").asString()).isEqualTo(receiver.url());
        assertThat(envelope.get("event").get("id").asString()).startsWith("evred_");
        assertThat(envelope.get("event").get("entity_id").asString())
                .isEqualTo(redeemed.get("redemptions").get(0).get("id").asString());
        JsonNode data = envelope.get("data");
        assertThat(data.get("redemption").get("id").asString())
                .isEqualTo(redeemed.get("redemptions").get(0).get("id").asString());
        assertThat(data.get("voucher").get("code").asString()).isEqualTo(code);
        assertThat(data.get("campaign").get("name").asString()).isEqualTo("Hooked");
        assertThat(data.get("customer").get("source_id").asString()).isEqualTo("alice");
        // compact: the body is the bytes signed, without insignificant whitespace
        assertThat(delivery.body()).doesNotContain("\n").doesNotContain("\": ");
    }

    @Test
    void aFailedRedemptionDeliversRedemptionFailed() {
        subscribe("wh_failures", "redemption.failed", "redemption.succeeded");

        ApiResponse refused = api.post("/v1/redemptions", Map.of(
                "redeemables", List.of(Map.of("object", "voucher", "id", "NO-SUCH-CODE"))));

        assertThat(refused.status()).isEqualTo(404);
        List<WebhookReceiver.Received> failed = receiver.ofType("redemption.failed");
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).json().get("data").get("redemption").get("result").asString()).isEqualTo("FAILURE");
        assertThat(receiver.ofType("redemption.succeeded")).isEmpty();
    }

    @Test
    void aPublicationDeliversPublicationSucceededAndVoucherPublished() {
        subscribe("wh_publications", "publication.succeeded", "voucher.published");
        String code = voucherCode();

        JsonNode publication = ok(api.post("/v1/publications", Map.of("campaign", Map.of("name", "Hooked"),
                "customer", Map.of("source_id", "bob"))));

        List<WebhookReceiver.Received> succeeded = receiver.ofType("publication.succeeded");
        assertThat(succeeded).hasSize(1);
        assertThat(succeeded.get(0).signature()).isEqualTo(hmac(succeeded.get(0).body()));
        JsonNode data = succeeded.get(0).json().get("data");
        assertThat(data.get("publication").get("id").asString()).isEqualTo(publication.get("id").asString());
        assertThat(data.get("customer").get("source_id").asString()).isEqualTo("bob");
        List<WebhookReceiver.Received> published = receiver.ofType("voucher.published");
        assertThat(published).hasSize(1);
        assertThat(published.get(0).json().get("data").get("voucher").get("code").asString())
                .isEqualTo(publication.get("voucher").get("code").asString()).isEqualTo(code);
    }

    @Test
    void aCampaignUpdateDeliversCampaignUpdated() {
        voucherCode();
        subscribe("wh_campaigns", "campaign.updated", "campaign.disabled");

        ok(api.put("/v1/campaigns/Hooked", Map.of("description", "Now with webhooks")));
        ok(api.post("/v1/campaigns/Hooked/disable", null));

        List<WebhookReceiver.Received> updated = receiver.ofType("campaign.updated");
        assertThat(updated).hasSize(1);
        assertThat(updated.get(0).signature()).isEqualTo(hmac(updated.get(0).body()));
        assertThat(updated.get(0).json().get("data").get("campaign").get("description").asString())
                .isEqualTo("Now with webhooks");
        assertThat(receiver.ofType("campaign.disabled")).hasSize(1);
        assertThat(receiver.received()).hasSize(2);
    }

    @Test
    void aRejectedCampaignUpdateDeliversNothing() {
        voucherCode();
        subscribe("wh_campaigns", "campaign.updated");

        ApiResponse rejected = api.put("/v1/campaigns/Hooked", Map.of("type", "STANDALONE"));

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(receiver.received()).isEmpty();
        assertThat(dispatcher.dispatchDue()).isZero();
    }

    @Test
    void addingLoyaltyPointsDeliversPointsAdded() {
        String programId = ok(api.post("/v1/loyalties", Map.of("name", "Points", "type", "AUTO_UPDATE",
                "voucher", Map.of("type", "LOYALTY_CARD", "loyalty_card", Map.of("points", 100))))).get("id")
                .asString();
        String card = ok(api.post("/v1/loyalties/" + programId + "/members",
                Map.of("customer", Map.of("source_id", "carol")))).get("code").asString();
        subscribe("wh_points", "voucher.loyalty_card.points_added");

        ok(api.post("/v1/loyalties/" + programId + "/members/" + card + "/balance", Map.of("points", 50)));

        List<WebhookReceiver.Received> added = receiver.ofType("voucher.loyalty_card.points_added");
        assertThat(added).hasSize(1);
        assertThat(added.get(0).signature()).isEqualTo(hmac(added.get(0).body()));
        JsonNode data = added.get(0).json().get("data");
        assertThat(data.get("voucher").get("code").asString()).isEqualTo(card);
        assertThat(data.get("balance").get("balance").asLong()).isEqualTo(150);
        assertThat(data.get("transaction").get("type").asString()).isEqualTo("POINTS_ADDITION");
        assertThat(data.get("customer").get("source_id").asString()).isEqualTo("carol");
    }

    @Test
    void pointsThatExpireAreDeliveredWhenTheCardIsNextRead() {
        clock.set(Instant.parse("2025-01-10T10:00:00Z"));
        String programId = ok(api.post("/v1/loyalties", Map.of("name", "Expiring", "type", "AUTO_UPDATE",
                "voucher", Map.of("type", "LOYALTY_CARD", "loyalty_card", Map.of("points", 0,
                        "expiration_rules", Map.of("period_type", "MONTH", "period_value", 1,
                                "rounding_type", "END_OF_MONTH")))))).get("id").asString();
        String members = "/v1/loyalties/" + programId + "/members";
        String card = ok(api.post(members, Map.of("customer", Map.of("source_id", "frank")))).get("code").asString();
        ok(api.post(members + "/" + card + "/balance", Map.of("points", 40)));
        subscribe("wh_expiry", "voucher.loyalty_card.points_expired");

        clock.set(Instant.parse("2025-03-01T00:00:01Z"));
        ok(api.get(members + "/" + card));

        List<WebhookReceiver.Received> expired = receiver.ofType("voucher.loyalty_card.points_expired");
        assertThat(expired).hasSize(1);
        JsonNode data = expired.get(0).json().get("data");
        assertThat(data.get("points").asLong()).isEqualTo(40);
        assertThat(data.get("transaction").get("type").asString()).isEqualTo("POINTS_EXPIRATION");
        assertThat(data.get("customer").get("source_id").asString()).isEqualTo("frank");
    }

    @Test
    void aReceiverThatFailsGetsTheEventAgainAfterTheFirstRetryIsDue() {
        clock.set(Instant.parse("2025-03-01T12:00:00Z"));
        subscribe("wh_flaky", "campaign.updated");
        receiver.answering(500);
        voucherCode();

        ok(api.put("/v1/campaigns/Hooked", Map.of("description", "v2")));
        assertThat(receiver.received()).hasSize(1);

        clock.advance(Duration.ofSeconds(59));
        assertThat(dispatcher.dispatchDue()).isZero();
        clock.advance(Duration.ofSeconds(2));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        List<WebhookReceiver.Received> got = receiver.received();
        assertThat(got).hasSize(2);
        assertThat(got.get(1).body()).isEqualTo(got.get(0).body());
        String id = got.get(0).json().get("id").asString();
        assertThat(status(id)).isEqualTo("DELIVERED");
        assertThat(attempts(id)).containsExactly(500, 200);
        assertThat(dispatcher.dispatchDue()).isZero();
    }

    @Test
    void retriesFollowTheProjectsTestClockAndAnAdvanceSendsWhatCameDue() {
        ApiClient controls = ApiClient.anonymous(port);
        String projectClock = "/_emulator/projects/" + projectId + "/clock";
        ok(controls.put(projectClock, Map.of("frozen_time", "2020-01-01T00:00:00Z")));
        subscribe("wh_clocked", "campaign.updated");
        receiver.answering(500);
        voucherCode();
        ok(api.put("/v1/campaigns/Hooked", Map.of("description", "v2")));
        String id = receiver.received().get(0).json().get("id").asString();

        // years of wall time have passed since 2020, but not the minute the project's clock needs
        assertThat(dispatcher.dispatchDue()).isZero();
        ok(controls.post(projectClock + "/advance", Map.of("by", "PT59S")));
        assertThat(receiver.received()).hasSize(1);

        ok(controls.post(projectClock + "/advance", Map.of("by", "PT2S")));
        assertThat(receiver.received()).as("sent before the advance answered").hasSize(2);
        assertThat(status(id)).isEqualTo("DELIVERED");
        assertThat(jdbc.sql("SELECT last_attempt_at FROM webhook_deliveries WHERE id = ?").param(id)
                .query(java.sql.Timestamp.class).single().toInstant())
                .isEqualTo(Instant.parse("2020-01-01T00:01:01Z"));
        ok(controls.delete(projectClock));
    }

    @Test
    void theWebhookIsDisabledWhenTheLastRetryFails() {
        clock.set(Instant.parse("2025-03-01T12:00:00Z"));
        subscribe("wh_down", "campaign.updated");
        receiver.answering(java.util.Collections.nCopies(13, 503).toArray(Integer[]::new));
        voucherCode();

        ok(api.put("/v1/campaigns/Hooked", Map.of("description", "v2")));
        Instant first = clock.instant();
        for (Duration after : RetrySchedule.AFTER_FIRST_ATTEMPT) {
            clock.set(first.plus(after));
            assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        }

        assertThat(receiver.received()).hasSize(13);
        String id = receiver.received().get(0).json().get("id").asString();
        assertThat(status(id)).isEqualTo("FAILED");
        assertThat(webhooks.isDisabled("wh_down")).isTrue();
        clock.advance(Duration.ofDays(2));
        assertThat(dispatcher.dispatchDue()).isZero();
    }

    @Test
    void theDeliveriesPageListsAttemptsAndRetriesOneNow() {
        subscribe("wh_page", "campaign.updated");
        receiver.answering(500);
        voucherCode();
        ok(api.put("/v1/campaigns/Hooked", Map.of("description", "v2")));
        String id = receiver.received().get(0).json().get("id").asString();

        ApiResponse page = ApiClient.anonymous(port).get("/dashboard/webhooks?app_id=" + projectId);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains(id).contains("campaign.updated").contains("500").contains("PENDING");

        ApiResponse retried = ApiClient.anonymous(port).post("/dashboard/webhooks/" + id + "/retry?app_id=" + projectId,
                null);
        assertThat(retried.status()).isEqualTo(302);
        assertThat(receiver.received()).hasSize(2);
        assertThat(status(id)).isEqualTo("DELIVERED");
        assertThat(ApiClient.anonymous(port).get("/dashboard/webhooks?app_id=" + projectId).text())
                .contains("DELIVERED");
    }

    @Test
    void retryingADeliveryOfAnotherProjectOrWithoutAProjectChangesNothing() {
        subscribe("wh_page", "campaign.updated");
        voucherCode();
        ok(api.put("/v1/campaigns/Hooked", Map.of("description", "v2")));
        String id = receiver.received().get(0).json().get("id").asString();
        ApiClient browser = ApiClient.anonymous(port);

        ApiResponse otherProject = browser.post("/dashboard/webhooks/" + id + "/retry?app_id=someone-else", null);
        ApiResponse noProject = browser.post("/dashboard/webhooks/" + id + "/retry", null);

        assertThat(otherProject.status()).isEqualTo(302);
        assertThat(browser.get("/dashboard/webhooks?app_id=someone-else&retried=none").text())
                .contains("No such delivery").contains("No deliveries.");
        assertThat(noProject.status()).isEqualTo(400);
        assertThat(browser.get("/dashboard/webhooks").status()).isEqualTo(200);
        assertThat(receiver.received()).hasSize(1);
    }

    private void subscribe(String webhookId, String... events) {
        webhooks.register(projectId, webhookId, receiver.url(), SECRET, events);
    }

    /** A DISCOUNT_COUPONS campaign "Hooked" with one voucher; its code. */
    private String voucherCode() {
        ok(api.post("/v1/campaigns", Map.of("name", "Hooked", "campaign_type", "DISCOUNT_COUPONS",
                "vouchers_count", 1, "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                        "discount", Map.of("type", "PERCENT", "percent_off", 10)))));
        return ok(api.get("/v1/vouchers?campaign=Hooked")).get("vouchers").get(0).get("code").asString();
    }

    private String status(String deliveryId) {
        return jdbc.sql("SELECT status FROM webhook_deliveries WHERE id = ?").param(deliveryId)
                .query(String.class).single();
    }

    private List<Integer> attempts(String deliveryId) {
        return jdbc.sql("SELECT status_code FROM webhook_delivery_attempts WHERE delivery_id = ? ORDER BY attempt")
                .param(deliveryId).query(Integer.class).list();
    }

    static String hmac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isBetween(200, 299);
        return response.body();
    }
}
