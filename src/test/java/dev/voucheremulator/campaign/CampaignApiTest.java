package dev.voucheremulator.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@EmulatorTest
class CampaignApiTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void newProject() {
        api = ApiClient.forProject(port, "campaigns-" + UUID.randomUUID());
    }

    @Test
    void generatesDiscountVouchersThatFollowTheCodeConfig() {
        JsonNode campaign = created(api.post("/v1/campaigns", Map.of("name", "Summer", "vouchers_count", 25,
                "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                        "discount", Map.of("type", "AMOUNT", "amount_off", 2000),
                        "redemption", Map.of("quantity", 4),
                        "code_config", Map.of("pattern", "SUM-##-##", "charset", "ABC123", "prefix", "X",
                                "postfix", "-Z")))));

        // campaign_type inferred from voucher.type; the effect echoed as sent (none), as recorded
        assertThat(campaign.get("campaign_type").asString()).isEqualTo("DISCOUNT_COUPONS");
        assertThat(campaign.get("voucher").get("discount").has("effect")).isFalse();
        assertThat(campaign.get("voucher").get("code_config").get("length").asInt()).isEqualTo(4);
        assertThat(campaign.get("vouchers_count").asInt()).isEqualTo(25);
        assertThat(campaign.get("validation_rules_assignments").get("total").asInt()).isZero();
        assertThat(campaign.get("validation_rules_assignments").get("object").asString()).isEqualTo("list");

        JsonNode vouchers = api.get("/v1/vouchers?limit=100&campaign_id=" + campaign.get("id").asString()).body();
        assertThat(vouchers.get("total").asInt()).isEqualTo(25);
        Set<String> codes = new HashSet<>();
        for (JsonNode voucher : vouchers.get("vouchers")) {
            codes.add(voucher.get("code").asString());
            assertThat(voucher.get("code").asString()).matches("XSUM-[ABC123]{2}-[ABC123]{2}-Z");
            assertThat(voucher.get("campaign").asString()).isEqualTo("Summer");
            assertThat(voucher.get("discount").get("amount_off").asLong()).isEqualTo(2000);
            assertThat(voucher.get("redemption").get("quantity").asInt()).isEqualTo(4);
        }
        assertThat(codes).hasSize(25);
    }

    @Test
    void refusesMoreCodesThanTheCodeConfigCanProduce() {
        ApiResponse response = api.post("/v1/campaigns", Map.of("name", "Tiny", "vouchers_count", 5,
                "campaign_type", "DISCOUNT_COUPONS",
                "voucher", Map.of("discount", Map.of("type", "PERCENT", "percent_off", 10),
                        "code_config", Map.of("pattern", "#", "charset", "AB"))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("key").asString()).isEqualTo("invalid_campaign");
        assertThat(api.get("/v1/campaigns").body().get("total").asInt()).isZero();
    }

    @Test
    void createsGiftLoyaltyReferralAndPromotionCampaigns() {
        JsonNode gift = created(api.post("/v1/campaigns", Map.of("name", "Gifts", "campaign_type", "GIFT_VOUCHERS",
                "vouchers_count", 1, "voucher", Map.of("type", "GIFT_VOUCHER", "gift", Map.of("amount", 10000)))));
        assertThat(gift.get("voucher").get("gift").get("amount").asLong()).isEqualTo(10000);
        JsonNode card = api.get("/v1/vouchers?campaign=Gifts").body().get("vouchers").get(0);
        assertThat(card.get("gift").get("balance").asLong()).isEqualTo(10000);
        assertThat(card.get("type").asString()).isEqualTo("GIFT_VOUCHER");

        JsonNode loyalty = created(api.post("/v1/campaigns", Map.of("name", "Points", "campaign_type",
                "LOYALTY_PROGRAM", "join_once", false, "auto_join", true,
                "voucher", Map.of("type", "LOYALTY_CARD", "loyalty_card", Map.of("points", 100)))));
        assertThat(loyalty.get("join_once").asBoolean()).as("join_once is forced for loyalty").isTrue();
        assertThat(loyalty.get("auto_join").asBoolean()).isTrue();

        JsonNode referral = created(api.post("/v1/campaigns", Map.of("name", "Friends", "campaign_type",
                "REFERRAL_PROGRAM", "referral_program", Map.of("conversion_event_type", "redemption"),
                "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                        "discount", Map.of("type", "PERCENT", "percent_off", 10)))));
        assertThat(referral.get("voucher").get("is_referral_code").asBoolean()).isTrue();
        assertThat(referral.get("referral_program").get("conversion_event_type").asString()).isEqualTo("redemption");
        assertThat(api.get("/v1/campaigns?is_referral_code=true").body().get("total").asInt()).isEqualTo(1);

        JsonNode promotion = created(api.post("/v1/campaigns", Map.of("name", "Promo", "campaign_type", "PROMOTION",
                "promotion", Map.of("tiers", List.of(
                        Map.of("name", "40% off", "banner", "Get 40% off", "metadata", Map.of("level", "B"),
                                "action", Map.of("discount", Map.of("type", "PERCENT", "percent_off", 40))),
                        Map.of("name", "$30 off", "action",
                                Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 3000))))))));
        assertThat(promotion.has("voucher")).isFalse();
        assertThat(promotion.get("type").asString()).isEqualTo("STATIC");
        JsonNode tiers = api.get("/v1/campaigns/Promo").body().get("promotion");
        assertThat(tiers.get("data_ref").asString()).isEqualTo("tiers");
        assertThat(tiers.get("total").asInt()).isEqualTo(2);
        JsonNode first = tiers.get("tiers").get(0);
        assertThat(first.get("id").asString()).matches("promo_[0-9A-Za-z]{24}");
        assertThat(first.get("name").asString()).isEqualTo("40% off");
        assertThat(first.get("hierarchy").asInt()).isEqualTo(1);
        assertThat(first.get("campaign_id").asString()).isEqualTo(promotion.get("id").asString());
        assertThat(first.get("action").get("discount").get("percent_off").asInt()).isEqualTo(40);
        assertThat(first.get("object").asString()).isEqualTo("promotion_tier");
    }

    @Test
    void standaloneCampaignsHaveExactlyOneSharedCode() {
        JsonNode campaign = created(api.post("/v1/campaigns", Map.of("name", "Generic", "type", "STANDALONE",
                "campaign_type", "DISCOUNT_COUPONS", "join_once", true,
                "voucher", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 500)))));

        assertThat(campaign.get("join_once").asBoolean()).as("join_once is forced off for STANDALONE").isFalse();
        assertThat(campaign.get("vouchers_count").asInt()).isEqualTo(1);
        ApiResponse more = api.post("/v1/campaigns/Generic/vouchers", Map.of());
        assertThat(more.status()).isEqualTo(400);
        assertThat(more.body().get("key").asString()).isEqualTo("invalid_campaign");
        ApiResponse loyaltyStandalone = api.post("/v1/campaigns", Map.of("name", "Bad", "type", "STANDALONE",
                "campaign_type", "LOYALTY_PROGRAM", "voucher", Map.of("loyalty_card", Map.of("points", 1))));
        assertThat(loyaltyStandalone.status()).isEqualTo(400);
    }

    @Test
    void findsCampaignsByIdOrName() {
        JsonNode campaign = created(api.post("/v1/campaigns", discountCampaign("Spring Campaign")));

        assertThat(api.get("/v1/campaigns/" + campaign.get("id").asString()).body().get("name").asString())
                .isEqualTo("Spring Campaign");
        assertThat(api.get("/v1/campaigns/Spring%20Campaign").body().get("id").asString())
                .isEqualTo(campaign.get("id").asString());
        ApiResponse missing = api.get("/v1/campaigns/Autumn%20Campaign");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().get("key").asString()).isEqualTo("not_found");
        assertThat(missing.body().get("details").asString()).isEqualTo("Cannot find campaign with id Autumn Campaign");
        assertThat(missing.body().get("resource_id").asString()).isEqualTo("Autumn Campaign");
        assertThat(missing.body().get("resource_type").asString()).isEqualTo("campaign");
    }

    @Test
    void rejectsDuplicateNamesUnknownCategoriesAndUnknownRules() {
        created(api.post("/v1/campaigns", discountCampaign("Once")));

        ApiResponse duplicate = api.post("/v1/campaigns", discountCampaign("Once"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body().get("key").asString()).isEqualTo("duplicate_found");
        assertThat(duplicate.body().get("resource_id").asString()).isEqualTo("Once");

        Map<String, Object> withCategory = new java.util.HashMap<>(discountCampaign("Categorised"));
        withCategory.put("category_id", "cat_0000000000000000ff");
        ApiResponse unknownCategory = api.post("/v1/campaigns", withCategory);
        assertThat(unknownCategory.status()).isEqualTo(404);
        assertThat(unknownCategory.body().get("resource_type").asString()).isEqualTo("category");

        Map<String, Object> withRule = new java.util.HashMap<>(discountCampaign("Ruled"));
        withRule.put("validation_rules", List.of("val_000000000000"));
        assertThat(api.post("/v1/campaigns", withRule).status()).isEqualTo(404);
        assertThat(api.get("/v1/campaigns").body().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void updatesPartiallyAndKeepsWhatWasNotSent() {
        created(api.post("/v1/campaigns", Map.of("name", "Editable", "vouchers_count", 1, "category", "Seasonal",
                "metadata", Map.of("region", "EMEA", "tier", "gold"),
                "voucher", Map.of("type", "DISCOUNT_VOUCHER", "discount", Map.of("type", "AMOUNT", "amount_off", 100)))));

        ApiResponse updated = api.put("/v1/campaigns/Editable", Map.of("description", "Now described",
                "metadata", Map.of("region", "APAC"), "unset_metadata_fields", List.of("tier"),
                "start_date", "2030-01-01T00:00:00Z",
                "discount", Map.of("type", "PERCENT", "percent_off", 15)));

        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        JsonNode body = updated.body();
        assertThat(body.get("description").asString()).isEqualTo("Now described");
        assertThat(body.get("metadata").toString()).isEqualTo("{\"region\":\"APAC\"}");
        assertThat(body.get("start_date").asString()).isEqualTo("2030-01-01T00:00:00.000Z");
        assertThat(body.get("updated_at").asString()).isNotBlank();
        assertThat(body.get("category").asString()).isEqualTo("Seasonal");
        assertThat(body.get("voucher").get("discount").get("percent_off").asInt()).isEqualTo(15);
        // the never-redeemed voucher follows the new definition
        JsonNode voucher = api.get("/v1/vouchers?campaign=Editable").body().get("vouchers").get(0);
        assertThat(voucher.get("discount").get("type").asString()).isEqualTo("PERCENT");

        ApiResponse toStandalone = api.put("/v1/campaigns/Editable", Map.of("type", "STANDALONE"));
        assertThat(toStandalone.status()).isEqualTo(400);
        assertThat(toStandalone.body().get("key").asString()).isEqualTo("invalid_campaign");
    }

    @Test
    void enablesAndDisables() {
        created(api.post("/v1/campaigns", discountCampaign("Switch")));

        ApiResponse disabled = api.post("/v1/campaigns/Switch/disable", null);
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.body().isEmpty()).as("the real API answers {}").isTrue();
        assertThat(api.get("/v1/campaigns/Switch").body().get("active").asBoolean()).isFalse();
        assertThat(api.post("/v1/campaigns/Switch/enable", null).status()).isEqualTo(200);
        assertThat(api.get("/v1/campaigns/Switch").body().get("active").asBoolean()).isTrue();
    }

    @Test
    void deletesWithAnAsyncActionAndFreesTheName() {
        JsonNode campaign = created(api.post("/v1/campaigns", Map.of("name", "Doomed", "vouchers_count", 2,
                "voucher", Map.of("type", "DISCOUNT_VOUCHER", "discount", Map.of("type", "AMOUNT", "amount_off", 1)))));

        ApiResponse deleted = api.delete("/v1/campaigns/Doomed");

        assertThat(deleted.status()).isEqualTo(202);
        assertThat(deleted.body().get("async_action_id").asString()).matches("aa_[0-9a-f]{18}");
        assertThat(api.get("/v1/campaigns/" + campaign.get("id").asString()).status()).isEqualTo(404);
        assertThat(api.get("/v1/vouchers?campaign_id=" + campaign.get("id").asString()).body().get("total").asInt())
                .isZero();
        assertThat(api.get("/v1/campaigns").body().get("total").asInt()).isZero();
        assertThat(api.post("/v1/campaigns", discountCampaign("Doomed")).status()).isEqualTo(200);
    }

    @Test
    void addsVouchersToACampaign() {
        created(api.post("/v1/campaigns", Map.of("name", "Growing", "vouchers_count", 1,
                "voucher", Map.of("type", "DISCOUNT_VOUCHER", "discount", Map.of("type", "AMOUNT", "amount_off", 1),
                        "code_config", Map.of("prefix", "GROW-")))));

        ApiResponse one = api.post("/v1/campaigns/Growing/vouchers", Map.of("metadata", Map.of("batch", "A")));
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().get("object").asString()).isEqualTo("voucher");
        assertThat(one.body().get("code").asString()).startsWith("GROW-");
        assertThat(one.body().get("metadata").get("batch").asString()).isEqualTo("A");

        ApiResponse many = api.post("/v1/campaigns/Growing/vouchers?vouchers_count=5", null);
        assertThat(many.status()).isEqualTo(202);
        assertThat(many.body().get("async_action_id").asString()).startsWith("aa_");

        ApiResponse specific = api.post("/v1/campaigns/Growing/vouchers/GROW-VIP", Map.of());
        assertThat(specific.status()).isEqualTo(200);
        assertThat(specific.body().get("code").asString()).isEqualTo("GROW-VIP");
        assertThat(specific.body().get("campaign").asString()).isEqualTo("Growing");
        ApiResponse again = api.post("/v1/campaigns/Growing/vouchers/GROW-VIP", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("key").asString()).isEqualTo("duplicate_found");

        assertThat(api.get("/v1/campaigns/Growing").body().get("vouchers_count").asInt()).isEqualTo(8);
        assertThat(api.get("/v1/vouchers?campaign=Growing&limit=100").body().get("total").asInt()).isEqualTo(8);
    }

    @Test
    void createsAVoucherInACampaignThroughTheVouchersEndpoint() {
        created(api.post("/v1/campaigns", discountCampaign("Host")));

        ApiResponse voucher = api.post("/v1/vouchers/HOSTED-1", Map.of("campaign", "Host"));

        assertThat(voucher.status()).as(voucher.text()).isEqualTo(200);
        assertThat(voucher.body().get("campaign").asString()).isEqualTo("Host");
        assertThat(voucher.body().get("discount").get("amount_off").asLong()).isEqualTo(1000);
        assertThat(api.get("/v1/campaigns/Host").body().get("vouchers_count").asInt()).isEqualTo(1);
    }

    private static Map<String, Object> discountCampaign(String name) {
        return Map.of("name", name, "campaign_type", "DISCOUNT_COUPONS",
                "voucher", Map.of("type", "DISCOUNT_VOUCHER", "discount", Map.of("type", "AMOUNT", "amount_off", 1000)));
    }

    private static JsonNode created(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.body().get("object").asString()).isEqualTo("campaign");
        return response.body();
    }
}
