package dev.voucheremulator.asyncaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import dev.voucheremulator.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Every 202 (and the loyalty DELETE's 200) names an async action a client can read back and list. */
@EmulatorTest
class AsyncActionApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    ApiClient api;

    @BeforeEach
    void freshProject() {
        api = ApiClient.forProject(port, "async-" + UUID.randomUUID());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void addingVouchersInBulkRecordsTheGenerationWithItsCount() {
        String campaignId = campaign("Bulk", 0);
        ApiResponse accepted = api.post("/v1/campaigns/" + campaignId + "/vouchers?vouchers_count=3", Map.of());
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
        assertThat(accepted.body().propertyNames()).containsExactly("async_action_id");

        JsonNode action = ok(api.get("/v1/async-actions/" + accepted.body().get("async_action_id").asString()));
        assertThat(action.get("id").asString()).matches("aa_[0-9a-f]{18}");
        assertThat(action.get("type").asString()).isEqualTo("CAMPAIGN.VOUCHERS_GENERATE");
        assertThat(action.get("status").asString()).isEqualTo("DONE");
        assertThat(action.get("operation_status").asString()).isEqualTo("SUCCESS");
        assertThat(action.get("result").get("message").asString()).isEqualTo("Generated 3 vouchers.");
        assertThat(action.get("result").get("done_count").asInt()).isEqualTo(3);
        assertThat(action.get("progress").asInt()).isEqualTo(100);
        assertThat(action.get("request_id").asString()).matches("v-[0-9a-f]{18}");
        assertThat(action.get("object").asString()).isEqualTo("async_action");
        assertThat(Instant.parse(action.get("created_at").asString())).isNotNull();
    }

    @Test
    void deletingACampaignRecordsHowManyVouchersWentWithIt() {
        String campaignId = campaign("Doomed", 4);
        ApiResponse deleted = api.delete("/v1/campaigns/" + campaignId);
        assertThat(deleted.status()).as(deleted.text()).isEqualTo(202);

        JsonNode action = ok(api.get("/v1/async-actions/" + deleted.body().get("async_action_id").asString()));
        assertThat(action.get("type").asString()).isEqualTo("CAMPAIGN.VOUCHERS_DELETE");
        assertThat(action.get("result").get("message").asString()).isEqualTo("Deleted 4 vouchers.");
        assertThat(action.get("result").get("done_count").asInt()).isEqualTo(4);
    }

    @Test
    void deletingALoyaltyProgramRecordsItsCardsDeletion() {
        ApiResponse program = api.post("/v1/loyalties", Map.of("name", "Points", "vouchers_count", 2,
                "voucher", Map.of("type", "LOYALTY_CARD", "loyalty_card", Map.of("points", 0))));
        assertThat(program.status()).as(program.text()).isEqualTo(200);
        ApiResponse deleted = api.delete("/v1/loyalties/" + program.body().get("id").asString());
        assertThat(deleted.status()).as(deleted.text()).isEqualTo(200);

        JsonNode action = ok(api.get("/v1/async-actions/" + deleted.body().get("async_action_id").asString()));
        assertThat(action.get("type").asString()).isEqualTo("CAMPAIGN.VOUCHERS_DELETE");
        assertThat(action.get("result").get("done_count").asInt()).isEqualTo(2);
    }

    @Test
    void listsNewestFirstWithoutResultsAndEndDateNarrows() {
        Instant start = Instant.parse("2030-01-01T10:00:00Z");
        clock.set(start);
        String campaignId = campaign("Listed", 2);                       // generates 2: action 1
        clock.advance(Duration.ofMinutes(1));
        api.post("/v1/campaigns/" + campaignId + "/vouchers?vouchers_count=5", Map.of()); // action 2
        clock.advance(Duration.ofMinutes(1));
        String last = api.delete("/v1/campaigns/" + campaignId).body().get("async_action_id").asString();

        JsonNode list = ok(api.get("/v1/async-actions"));
        assertThat(list.get("object").asString()).isEqualTo("list");
        assertThat(list.get("data_ref").asString()).isEqualTo("async_actions");
        assertThat(list.get("has_more").asBoolean()).isFalse();
        assertThat(types(list)).containsExactly("CAMPAIGN.VOUCHERS_DELETE", "CAMPAIGN.VOUCHERS_GENERATE",
                "CAMPAIGN.VOUCHERS_GENERATE");
        assertThat(list.get("async_actions").get(0).get("id").asString()).isEqualTo(last);
        assertThat(list.get("async_actions").get(0).has("result")).isFalse();

        JsonNode limited = ok(api.get("/v1/async-actions?limit=2"));
        assertThat(limited.get("async_actions")).hasSize(2);
        assertThat(limited.get("has_more").asBoolean()).isTrue();

        JsonNode before = ok(api.get("/v1/async-actions?end_date=2030-01-01T10:01:30Z"));
        assertThat(types(before)).containsExactly("CAMPAIGN.VOUCHERS_GENERATE", "CAMPAIGN.VOUCHERS_GENERATE");
        assertThat(ok(api.get("/v1/async-actions?end_date=2030-01-01")).get("async_actions")).isEmpty();
    }

    @Test
    void anotherProjectSeesNoneOfThem() {
        String id = api.delete("/v1/campaigns/" + campaign("Private", 2)).body().get("async_action_id").asString();
        ApiClient stranger = ApiClient.forProject(port, "async-stranger-" + UUID.randomUUID());

        assertThat(stranger.get("/v1/async-actions/" + id).status()).isEqualTo(404);
        assertThat(ok(stranger.get("/v1/async-actions")).get("async_actions")).isEmpty();
        assertThat(ok(api.get("/v1/async-actions")).get("async_actions")).hasSize(2);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
            "/v1/async-actions?limit=0,                  400, invalid_query_params",
            "/v1/async-actions?limit=101,                400, invalid_query_params",
            "/v1/async-actions?limit=x,                  400, invalid_query_params",
            "/v1/async-actions?end_date=yesterday,       400, invalid_query_params",
            "/v1/async-actions?end_date=2024-13-01,      400, invalid_query_params",
            "/v1/async-actions/aa_000000000000000000,   404, not_found",
            "/v1/async-actions/camp_x,                   404, not_found"})
    void rejectsBadInputWithAVoucherifyError(String path, int status, String key) {
        ApiResponse response = api.get(path);
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.body().get("code").asInt()).isEqualTo(status);
        assertThat(response.body().get("key").asString()).isEqualTo(key);
    }

    private String campaign(String name, int vouchers) {
        return ok(api.post("/v1/campaigns", Map.of("name", name, "campaign_type", "DISCOUNT_COUPONS",
                "type", "AUTO_UPDATE", "vouchers_count", vouchers,
                "voucher", Map.of("type", "DISCOUNT_VOUCHER", "discount", Map.of("type", "AMOUNT", "amount_off", 100)))))
                .get("id").asString();
    }

    private static List<String> types(JsonNode list) {
        List<String> types = new ArrayList<>();
        list.get("async_actions").forEach(a -> types.add(a.get("type").asString()));
        return types;
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }
}
