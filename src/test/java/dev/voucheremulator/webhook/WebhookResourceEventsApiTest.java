package dev.voucheremulator.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The other events: campaigns and vouchers created and deleted, customers created, rollbacks. */
@WebhookTest
class WebhookResourceEventsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    InMemoryWebhookSubscriptions webhooks;

    String projectId;
    ApiClient api;
    WebhookReceiver receiver;

    @BeforeEach
    void project() {
        projectId = "webhook-events-" + UUID.randomUUID();
        api = ApiClient.forProject(port, projectId);
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void campaignsCreatedAndDeletedAreDelivered() {
        subscribe("campaign.created", "campaign.deleted");

        String id = ok(api.post("/v1/campaigns", Map.of("name", "Spring", "campaign_type", "DISCOUNT_COUPONS",
                "voucher", Map.of("type", "DISCOUNT_VOUCHER", "discount", Map.of("type", "PERCENT",
                        "percent_off", 10))))).get("id").asString();
        assertThat(api.delete("/v1/campaigns/" + id).status()).isBetween(200, 299);

        JsonNode created = single("campaign.created");
        assertThat(created.get("data").get("campaign").get("id").asString()).isEqualTo(id);
        assertThat(created.get("event").get("entity_id").asString()).isEqualTo(id);
        assertThat(single("campaign.deleted").get("data").get("campaign").get("name").asString()).isEqualTo("Spring");
    }

    @Test
    void vouchersCreatedAndDeletedAreDelivered() {
        subscribe("voucher.created", "voucher.deleted");

        ok(api.post("/v1/vouchers/STANDALONE-1", Map.of("type", "DISCOUNT_VOUCHER",
                "discount", Map.of("type", "AMOUNT", "amount_off", 500))));
        assertThat(api.delete("/v1/vouchers/STANDALONE-1").status()).isEqualTo(204);

        JsonNode created = single("voucher.created");
        assertThat(created.get("data").get("voucher").get("code").asString()).isEqualTo("STANDALONE-1");
        assertThat(created.get("event").get("id").asString()).startsWith("evvou_");
        assertThat(single("voucher.deleted").get("data").get("voucher").get("code").asString())
                .isEqualTo("STANDALONE-1");
    }

    @Test
    void voucherUpdatesTogglesAndGiftCreditsAreDelivered() {
        subscribe("voucher.updated", "voucher.enabled", "voucher.disabled", "voucher.gift.balance_added");
        ok(api.post("/v1/vouchers/GIFT-1", Map.of("type", "GIFT_VOUCHER", "gift", Map.of("amount", 1_000))));

        ok(api.put("/v1/vouchers/GIFT-1", Map.of("metadata", Map.of("batch", 7))));
        ok(api.post("/v1/vouchers/GIFT-1/disable", null));
        ok(api.post("/v1/vouchers/GIFT-1/enable", null));
        ok(api.post("/v1/vouchers/GIFT-1/balance", Map.of("amount", 500)));
        ok(api.post("/v1/vouchers/GIFT-1/balance", Map.of("amount", -200)));

        assertThat(single("voucher.updated").get("data").get("voucher").get("metadata").get("batch").asInt())
                .isEqualTo(7);
        assertThat(single("voucher.disabled").get("data").get("voucher").get("active").asBoolean()).isFalse();
        assertThat(single("voucher.enabled").get("data").get("voucher").get("active").asBoolean()).isTrue();
        JsonNode added = single("voucher.gift.balance_added").get("data");
        assertThat(added.get("voucher").get("gift").get("balance").asLong()).isEqualTo(1_500);
        assertThat(added.get("balance").get("amount").asLong()).isEqualTo(500);
        assertThat(added.get("transaction").get("type").asString()).isEqualTo("CREDITS_ADDITION");
    }

    @Test
    void aCustomerIsAnnouncedOnceWhenCreatedThroughTheApiOrARedemption() {
        subscribe("customer.created");

        ok(api.post("/v1/customers", Map.of("source_id", "dana", "name", "Dana")));
        ok(api.post("/v1/customers", Map.of("source_id", "dana", "name", "Dana B.")));
        ok(api.post("/v1/publications", Map.of("voucher", standaloneCode(), "customer", Map.of("source_id", "eve"))));

        List<WebhookReceiver.Received> created = receiver.ofType("customer.created");
        assertThat(created).extracting(r -> r.json().get("data").get("customer").get("source_id").asString())
                .containsExactly("dana", "eve");
    }

    @Test
    void aRollbackDeliversRollbackSucceeded() {
        subscribe("redemption.rollback.succeeded");
        String code = standaloneCode();
        String redemptionId = ok(api.post("/v1/redemptions", Map.of(
                "redeemables", List.of(Map.of("object", "voucher", "id", code)),
                "order", Map.of("amount", 2_000))))
                .get("redemptions").get(0).get("id").asString();

        JsonNode rollback = ok(api.post("/v1/redemptions/" + redemptionId + "/rollback", Map.of("reason", "oops")));

        JsonNode data = single("redemption.rollback.succeeded").get("data");
        assertThat(data.get("redemption").get("id").asString()).isEqualTo(redemptionId);
        assertThat(data.get("redemption_rollback").get("id").asString()).isEqualTo(rollback.get("id").asString());
    }

    private String standaloneCode() {
        return ok(api.post("/v1/vouchers", Map.of("type", "DISCOUNT_VOUCHER",
                "discount", Map.of("type", "PERCENT", "percent_off", 5)))).get("code").asString();
    }

    private void subscribe(String... events) {
        webhooks.register(projectId, "wh_" + UUID.randomUUID(), receiver.url(), WebhookDeliveryApiTest.SECRET, events);
    }

    private JsonNode single(String type) {
        List<WebhookReceiver.Received> got = receiver.ofType(type);
        assertThat(got).as(type).hasSize(1);
        assertThat(got.get(0).signature()).isEqualTo(WebhookDeliveryApiTest.hmac(got.get(0).body()));
        return got.get(0).json();
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isBetween(200, 299);
        return response.body();
    }
}
