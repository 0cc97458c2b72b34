package dev.voucheremulator.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@EmulatorTest
class VoucherDeleteApiTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void newProject() {
        api = ApiClient.forProject(port, "voucher-delete-" + UUID.randomUUID());
    }

    @Test
    void deletesACampaignVoucherFreesItsCodeAndCountsIt() {
        status(api.post("/v1/campaigns", Map.of("name", "Gifts", "campaign_type", "GIFT_VOUCHERS",
                "vouchers_count", 1, "voucher", Map.of("type", "GIFT_VOUCHER", "gift", Map.of("amount", 2500)))), 200);
        status(api.post("/v1/campaigns/Gifts/vouchers/GIFT-A", Map.of()), 200);

        ApiResponse deleted = api.delete("/v1/vouchers/GIFT-A");
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.text()).isEmpty();
        assertThat(api.get("/v1/vouchers/GIFT-A").status()).isEqualTo(404);
        assertThat(api.get("/v1/vouchers?campaign=Gifts").body().get("total").asInt()).isEqualTo(1);
        assertThat(api.get("/v1/campaigns/Gifts").body().get("vouchers_count").asInt()).isEqualTo(1);

        JsonNode summary = api.get("/v1/campaigns/Gifts/summary").body();
        assertThat(summary.get("vouchers_created").asLong()).isEqualTo(2);
        assertThat(summary.get("vouchers_deleted").asLong()).isEqualTo(1);
        assertThat(summary.get("created_vouchers_amount").asLong()).isEqualTo(5000);
        assertThat(summary.get("amount_deleted").asLong()).isEqualTo(2500);

        // the code is free again
        status(api.post("/v1/campaigns/Gifts/vouchers/GIFT-A", Map.of()), 200);
        assertThat(api.get("/v1/campaigns/Gifts").body().get("vouchers_count").asInt()).isEqualTo(2);
    }

    @Test
    void deletesByIdAndWithForce() {
        JsonNode voucher = api.post("/v1/vouchers/SOLO-1", Map.of("type", "DISCOUNT_VOUCHER",
                "discount", Map.of("type", "PERCENT", "percent_off", 5))).body();
        status(api.delete("/v1/vouchers/" + voucher.get("id").asString() + "?force=true"), 204);
        assertThat(api.get("/v1/vouchers/SOLO-1").status()).isEqualTo(404);
    }

    @Test
    void answersNotFoundForUnknownOrAlreadyDeletedCodes() {
        ApiResponse unknown = api.delete("/v1/vouchers/NOPE");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("key").asString()).isEqualTo("not_found");
        assertThat(unknown.body().get("resource_type").asString()).isEqualTo("voucher");
        assertThat(unknown.body().get("resource_id").asString()).isEqualTo("NOPE");

        status(api.post("/v1/vouchers/TWICE", Map.of("type", "DISCOUNT_VOUCHER",
                "discount", Map.of("type", "PERCENT", "percent_off", 5))), 200);
        status(api.delete("/v1/vouchers/TWICE"), 204);
        status(api.delete("/v1/vouchers/TWICE"), 404);
    }

    private static void status(ApiResponse response, int expected) {
        assertThat(response.status()).as(response.text()).isEqualTo(expected);
    }
}
