package dev.voucheremulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Each X-App-Id is a project of its own, and so is each bearer token sent without one: nothing one
 * project creates can be seen, changed or collided with from another. X-App-Id names the project
 * when a bearer token comes along.
 */
@EmulatorTest
class ProjectIsolationApiTest {

    private static final String NAME = "Shared Name";
    private static final String CODE = "SHARED-CODE";
    private static final String ENCODED_NAME = "Shared%20Name";

    @LocalServerPort
    int port;

    // Fresh ids and a fresh token per test, so no other test's data is ever in sight.
    final String appIdA = "isolation-a-" + UUID.randomUUID();
    final String appIdB = "isolation-b-" + UUID.randomUUID();
    final String bearerToken = "tok-" + UUID.randomUUID();

    ApiClient a;
    ApiClient b;
    String campaignIdA;
    String campaignCodeA;
    String voucherIdA;

    @BeforeEach
    void projectACreatesACampaignAndAVoucher() {
        a = ApiClient.forProject(port, appIdA);
        b = ApiClient.forProject(port, appIdB);
        ApiResponse campaign = a.post("/v1/campaigns", campaign(NAME));
        assertThat(campaign.status()).as(campaign.text()).isEqualTo(200);
        campaignIdA = campaign.body().get("id").asString();
        ApiResponse voucher = a.post("/v1/vouchers/" + CODE, voucher());
        assertThat(voucher.status()).as(voucher.text()).isEqualTo(200);
        voucherIdA = voucher.body().get("id").asString();
        campaignCodeA = a.get("/v1/vouchers?campaign_id=" + campaignIdA).body().get("vouchers").get(0).get("code")
                .asString();
    }

    @Test
    void anotherProjectSeesNoneOfIt() {
        assertEmptyProject(b);

        assertNotFound(b.get("/v1/campaigns/" + campaignIdA), "campaign", campaignIdA);
        assertNotFound(b.get("/v1/campaigns/" + ENCODED_NAME), "campaign", NAME);
        assertNotFound(b.get("/v1/vouchers/" + CODE), "voucher", CODE);
        assertNotFound(b.get("/v1/vouchers/" + voucherIdA), "voucher", voucherIdA);
        assertNotFound(b.get("/v1/vouchers/" + campaignCodeA), "voucher", campaignCodeA);
        assertThat(b.get("/v1/vouchers?campaign_id=" + campaignIdA).body().get("total").asInt()).isZero();
        assertThat(b.get("/v1/vouchers?code=" + CODE).body().get("total").asInt()).isZero();
    }

    @Test
    void anotherProjectCannotChangeIt() {
        JsonNode campaignBefore = a.get("/v1/campaigns/" + campaignIdA).body();
        JsonNode vouchersBefore = a.get("/v1/vouchers?limit=100").body();

        assertNotFound(b.put("/v1/campaigns/" + campaignIdA, Map.of("description", "taken over")), "campaign",
                campaignIdA);
        assertNotFound(b.post("/v1/campaigns/" + campaignIdA + "/disable", Map.of()), "campaign", campaignIdA);
        assertNotFound(b.post("/v1/campaigns/" + ENCODED_NAME + "/vouchers", Map.of()), "campaign", NAME);
        assertNotFound(b.post("/v1/campaigns/" + campaignIdA + "/vouchers/B-CODE", Map.of()), "campaign",
                campaignIdA);
        assertNotFound(b.post("/v1/vouchers", Map.of("campaign_id", campaignIdA)), "campaign", campaignIdA);
        assertNotFound(b.delete("/v1/campaigns/" + campaignIdA), "campaign", campaignIdA);

        assertThat(a.get("/v1/campaigns/" + campaignIdA).body()).isEqualTo(campaignBefore);
        assertThat(a.get("/v1/vouchers?limit=100").body()).isEqualTo(vouchersBefore);
    }

    @Test
    void anotherProjectMayReuseTheNameAndTheCodes() {
        ApiResponse campaign = b.post("/v1/campaigns", campaign(NAME));
        assertThat(campaign.status()).as(campaign.text()).isEqualTo(200);
        String campaignIdB = campaign.body().get("id").asString();
        assertThat(campaignIdB).isNotEqualTo(campaignIdA);

        ApiResponse voucher = b.post("/v1/vouchers/" + CODE, voucher());
        assertThat(voucher.status()).as(voucher.text()).isEqualTo(200);
        assertThat(voucher.body().get("id").asString()).isNotEqualTo(voucherIdA);
        ApiResponse campaignVoucher = b.post("/v1/campaigns/" + campaignIdB + "/vouchers/" + campaignCodeA, Map.of());
        assertThat(campaignVoucher.status()).as(campaignVoucher.text()).isEqualTo(200);
        assertThat(campaignVoucher.body().get("campaign_id").asString()).isEqualTo(campaignIdB);

        // By name or code, each project finds its own.
        assertThat(a.get("/v1/campaigns/" + ENCODED_NAME).body().get("id").asString()).isEqualTo(campaignIdA);
        assertThat(b.get("/v1/campaigns/" + ENCODED_NAME).body().get("id").asString()).isEqualTo(campaignIdB);
        assertThat(a.get("/v1/vouchers/" + CODE).body().get("id").asString()).isEqualTo(voucherIdA);
        assertThat(b.get("/v1/vouchers/" + campaignCodeA).body().get("campaign_id").asString()).isEqualTo(campaignIdB);
        assertThat(a.get("/v1/vouchers/" + campaignCodeA).body().get("campaign_id").asString()).isEqualTo(campaignIdA);

        assertThat(campaignIds(a)).containsExactly(campaignIdA);
        assertThat(campaignIds(b)).containsExactly(campaignIdB);
        assertThat(a.get("/v1/vouchers").body().get("total").asInt()).isEqualTo(2);
        assertThat(b.get("/v1/vouchers").body().get("total").asInt()).isEqualTo(3);
    }

    @Test
    void aBearerTokenWithoutAppIdIsAProjectOfItsOwn() {
        ApiClient bearer = ApiClient.anonymous(port).withHeader("Authorization", "Bearer " + bearerToken);

        assertEmptyProject(bearer);
        assertNotFound(bearer.get("/v1/campaigns/" + campaignIdA), "campaign", campaignIdA);
        assertNotFound(bearer.get("/v1/vouchers/" + CODE), "voucher", CODE);

        ApiResponse campaign = bearer.post("/v1/campaigns", campaign(NAME));
        assertThat(campaign.status()).as(campaign.text()).isEqualTo(200);
        String bearerCampaignId = campaign.body().get("id").asString();
        ApiResponse voucher = bearer.post("/v1/vouchers/" + CODE, voucher());
        assertThat(voucher.status()).as(voucher.text()).isEqualTo(200);

        assertThat(campaignIds(bearer)).containsExactly(bearerCampaignId);
        assertThat(campaignIds(a)).containsExactly(campaignIdA);
        assertEmptyProject(b);
    }

    @Test
    void appIdNamesTheProjectWhenABearerTokenComesToo() {
        ApiClient bearer = ApiClient.anonymous(port).withHeader("Authorization", "Bearer " + bearerToken);
        ApiResponse bearerCampaign = bearer.post("/v1/campaigns", campaign("Bearer Campaign"));
        assertThat(bearerCampaign.status()).as(bearerCampaign.text()).isEqualTo(200);
        // The same token, now with A's X-App-Id and no X-App-Token.
        ApiClient aWithBearer = ApiClient.anonymous(port).withHeader("X-App-Id", appIdA)
                .withHeader("Authorization", "Bearer " + bearerToken);

        assertThat(campaignIds(aWithBearer)).containsExactly(campaignIdA);
        assertThat(aWithBearer.get("/v1/campaigns/" + ENCODED_NAME).status()).isEqualTo(200);
        assertThat(aWithBearer.get("/v1/vouchers/" + CODE).body().get("id").asString()).isEqualTo(voucherIdA);
        assertNotFound(aWithBearer.get("/v1/campaigns/Bearer%20Campaign"), "campaign", "Bearer Campaign");

        ApiResponse created = aWithBearer.post("/v1/campaigns", campaign("Made With Both Headers"));
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        assertThat(a.get("/v1/campaigns/Made%20With%20Both%20Headers").status()).isEqualTo(200);
        assertThat(campaignIds(bearer)).containsExactly(bearerCampaign.body().get("id").asString());
    }

    private static void assertEmptyProject(ApiClient client) {
        JsonNode campaigns = client.get("/v1/campaigns").body();
        assertThat(campaigns.get("total").asInt()).isZero();
        assertThat(campaigns.get("campaigns")).isEmpty();
        JsonNode vouchers = client.get("/v1/vouchers").body();
        assertThat(vouchers.get("total").asInt()).isZero();
        assertThat(vouchers.get("vouchers")).isEmpty();
    }

    private static void assertNotFound(ApiResponse response, String resourceType, String resourceId) {
        assertThat(response.status()).as(response.text()).isEqualTo(404);
        assertThat(response.body().get("key").asString()).isEqualTo("not_found");
        assertThat(response.body().get("resource_type").asString()).isEqualTo(resourceType);
        assertThat(response.body().get("resource_id").asString()).isEqualTo(resourceId);
    }

    private static List<String> campaignIds(ApiClient client) {
        List<String> ids = new ArrayList<>();
        client.get("/v1/campaigns?limit=100").body().get("campaigns").forEach(c -> ids.add(c.get("id").asString()));
        return ids;
    }

    private static Map<String, Object> campaign(String name) {
        return Map.of("name", name, "campaign_type", "DISCOUNT_COUPONS", "vouchers_count", 1,
                "voucher", Map.of("type", "DISCOUNT_VOUCHER", "discount", Map.of("type", "PERCENT", "percent_off", 10)));
    }

    private static Map<String, Object> voucher() {
        return Map.of("type", "DISCOUNT_VOUCHER", "discount", Map.of("type", "AMOUNT", "amount_off", 500));
    }
}
