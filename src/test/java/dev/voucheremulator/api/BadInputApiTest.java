package dev.voucheremulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint built so far, fed bad input: each case gets the status and Voucherify error body
 * the real API answers with (never a 500), and leaves the project exactly as it was.
 */
@EmulatorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputApiTest {

    private static final String KNOWN_NAME = "Known Campaign";
    private static final String KNOWN_CODE = "KNOWN-CODE";
    private static final String UNKNOWN_ID = "camp_000000000000000000000000";
    private static final String UNKNOWN_NAME = "No Such Campaign";
    private static final String UNKNOWN_CATEGORY = "cat_000000000000000000";

    // Well-formed bodies; each bad variant below differs from one of them by a single fault, so a
    // wrongly accepted request would create something and show up in the snapshots.
    private static final String CAMPAIGN = json("{'name':'Fresh Campaign','campaign_type':'DISCOUNT_COUPONS',"
            + "'vouchers_count':1,'voucher':{'type':'DISCOUNT_VOUCHER','discount':{'type':'AMOUNT','amount_off':1000}}}");
    private static final String VOUCHER = json("{'type':'DISCOUNT_VOUCHER','discount':{'type':'AMOUNT','amount_off':1000}}");
    private static final String ADD_VOUCHER = json("{'metadata':{'source':'test'}}");

    @LocalServerPort
    int port;

    // A project of this class's own: no other test sees or changes its data.
    final String appId = "bad-input-" + UUID.randomUUID();

    ApiClient api;
    String campaignId;
    String campaignVoucherCode;
    Snapshot baseline;

    @BeforeAll
    void createKnownCampaignAndVoucher() {
        api = ApiClient.forProject(port, appId);
        ApiResponse campaign = api.post("/v1/campaigns", Map.of("name", KNOWN_NAME,
                "campaign_type", "DISCOUNT_COUPONS", "type", "AUTO_UPDATE", "vouchers_count", 2,
                "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                        "discount", Map.of("type", "PERCENT", "percent_off", 10),
                        "code_config", Map.of("pattern", "KNOWN-####"))));
        assertThat(campaign.status()).as(campaign.text()).isEqualTo(200);
        campaignId = campaign.body().get("id").asString();

        ApiResponse voucher = api.send("POST", "/v1/vouchers/" + KNOWN_CODE, VOUCHER, "application/json");
        assertThat(voucher.status()).as(voucher.text()).isEqualTo(200);

        JsonNode campaignVouchers = api.get("/v1/vouchers?campaign_id=" + campaignId).body();
        assertThat(campaignVouchers.get("vouchers")).hasSize(2);
        campaignVoucherCode = campaignVouchers.get("vouchers").get(0).get("code").asString();
        assertThat(api.get("/v1/vouchers?limit=100").body().get("total").asInt()).isEqualTo(3);
        baseline = snapshot();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectsBadInputWithAVoucherifyErrorAndChangesNothing(Case c) {
        ApiResponse response = client(c.caller()).send(c.method(), resolve(c.path()), c.body(), c.contentType());
        Snapshot before = baseline;
        Snapshot after = snapshot();
        baseline = after; // a leak fails the case that caused it, not every case after it

        String seen = c + " answered " + response.status() + " " + response.text();
        assertThat(response.status()).as(seen).isLessThan(500);
        assertThat(response.status()).as(seen).isEqualTo(c.status());
        JsonNode error = response.body();
        assertThat(error).as(seen).isNotNull();
        assertThat(error.isObject()).as(seen).isTrue();
        assertThat(error.path("code").isIntegralNumber()).as(seen).isTrue();
        assertThat(error.path("code").asInt()).as(seen).isEqualTo(c.status());
        for (String field : List.of("key", "message", "details")) {
            assertThat(error.path(field).isString()).as(field + " of " + seen).isTrue();
            assertThat(error.path(field).asString()).as(field + " of " + seen).isNotBlank();
        }
        assertThat(error.path("request_id").isString()).as(seen).isTrue();
        assertThat(error.path("request_id").asString()).as(seen).matches("v-[0-9a-f]{18}");
        if (c.key() != null) {
            assertThat(error.path("key").asString()).as(seen).isEqualTo(c.key());
        }
        if (c.resourceType() != null) {
            assertThat(error.path("resource_type").asString()).as(seen).isEqualTo(c.resourceType());
            assertThat(error.path("resource_id").asString()).as(seen).isEqualTo(resolve(c.resourceId()));
        }

        assertThat(after.campaigns()).as("GET /v1/campaigns after " + c).isEqualTo(before.campaigns());
        assertThat(after.vouchers()).as("GET /v1/vouchers?limit=100 after " + c).isEqualTo(before.vouchers());
    }

    Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();

        // POST /v1/campaigns
        String campaigns = "/v1/campaigns";
        cases.addAll(unreadableBodies("POST", campaigns));
        cases.addAll(List.of(
                on("POST", campaigns, "name is a number").json(CAMPAIGN.replace("\"Fresh Campaign\"", "123"))
                        .rejects(400, "invalid_payload"),
                on("POST", campaigns, "vouchers_count is a word").json(CAMPAIGN.replace(":1,", ":\"five\","))
                        .rejects(400, "invalid_payload"),
                on("POST", campaigns, "metadata is a string").json(withField(CAMPAIGN, "'metadata':'x'"))
                        .rejects(400, "invalid_payload"),
                on("POST", campaigns, "start_date is not a date").json(withField(CAMPAIGN, "'start_date':'yesterday'"))
                        .rejects(400, "invalid_payload"),
                on("POST", campaigns, "amount_off is a word").json(CAMPAIGN.replace("1000", "\"lots\""))
                        .rejects(400, "invalid_payload"),
                on("POST", campaigns, "no name").json(CAMPAIGN.replace("\"name\":\"Fresh Campaign\",", ""))
                        .rejects(400, "invalid_payload"),
                on("POST", campaigns, "blank name").json(CAMPAIGN.replace("Fresh Campaign", " "))
                        .rejects(400, "invalid_payload"),
                on("POST", campaigns, "negative vouchers_count").json(CAMPAIGN.replace(":1,", ":-1,"))
                        .rejects(400, "invalid_payload"),
                on("POST", campaigns, "DISCOUNT_COUPONS without discount").json(json("{'name':'Fresh Campaign',"
                        + "'campaign_type':'DISCOUNT_COUPONS','voucher':{'type':'DISCOUNT_VOUCHER'}}"))
                        .rejects(400, "invalid_campaign"),
                on("POST", campaigns, "GIFT_VOUCHERS without gift.amount").json(json("{'name':'Fresh Campaign',"
                        + "'campaign_type':'GIFT_VOUCHERS','voucher':{'type':'GIFT_VOUCHER','gift':{}}}"))
                        .rejects(400, "invalid_campaign"),
                on("POST", campaigns, "unknown campaign_type").json(CAMPAIGN.replace("DISCOUNT_COUPONS", "COUPONS"))
                        .rejects(400, "invalid_payload"),
                on("POST", campaigns, "unknown type").json(withField(CAMPAIGN, "'type':'BULKY'"))
                        .rejects(400, "invalid_payload"),
                on("POST", campaigns, "unknown discount.type").json(CAMPAIGN.replace("AMOUNT", "SHIPPING"))
                        .rejects(400, "invalid_payload"),
                on("POST", campaigns, "unknown discount.effect")
                        .json(CAMPAIGN.replace("\"amount_off\":1000", "\"amount_off\":1000,\"effect\":\"APPLY_TO_NOTHING\""))
                        .rejects(400, "invalid_payload"),
                on("POST", campaigns, "unknown category_id").json(withField(CAMPAIGN, "'category_id':'" + UNKNOWN_CATEGORY + "'"))
                        .notFound("category", UNKNOWN_CATEGORY),
                on("POST", campaigns, "duplicate name").json(CAMPAIGN.replace("Fresh Campaign", KNOWN_NAME))
                        .rejects(409, "duplicate_found").resource("campaign", KNOWN_NAME),
                on("POST", campaigns, "text/plain body").plain(CAMPAIGN).rejects(415, null)));
        cases.addAll(unauthenticated("POST", campaigns, CAMPAIGN));

        // GET /v1/campaigns
        for (String query : List.of("limit=0", "limit=101", "limit=abc", "page=0", "page=101", "campaign_type=X",
                "order=name")) {
            cases.add(on("GET", campaigns + "?" + query, query).rejects(400, "invalid_query_params"));
        }
        cases.addAll(unauthenticated("GET", campaigns, null));
        cases.add(on("PATCH", campaigns, "unsupported method").json(CAMPAIGN).rejects(405, null));
        cases.add(on("PUT", campaigns, "unsupported method").json(CAMPAIGN).rejects(405, null));

        // GET /v1/campaigns/{campaignId}
        cases.addAll(unknownCampaign("GET", "", null));
        cases.addAll(unauthenticated("GET", "/v1/campaigns/{id}", null));
        cases.add(on("PATCH", "/v1/campaigns/{id}", "unsupported method").json("{}").rejects(405, null));

        // PUT /v1/campaigns/{campaignId}
        String campaign = "/v1/campaigns/{id}";
        cases.addAll(unreadableBodies("PUT", campaign));
        cases.addAll(List.of(
                on("PUT", campaign, "description is a number").json(json("{'description':123}"))
                        .rejects(400, "invalid_payload"),
                on("PUT", campaign, "metadata is a string").json(json("{'metadata':'x'}"))
                        .rejects(400, "invalid_payload"),
                on("PUT", campaign, "start_date is not a date").json(json("{'start_date':'yesterday'}"))
                        .rejects(400, "invalid_payload"),
                on("PUT", campaign, "amount_off is a word").json(json("{'discount':{'type':'AMOUNT','amount_off':'lots'}}"))
                        .rejects(400, "invalid_payload"),
                on("PUT", campaign, "unknown type").json(json("{'type':'BULKY'}"))
                        .rejects(400, "invalid_payload"),
                on("PUT", campaign, "unknown discount.type").json(json("{'discount':{'type':'SHIPPING','amount_off':10}}"))
                        .rejects(400, "invalid_payload"),
                on("PUT", campaign, "unknown discount.effect")
                        .json(json("{'discount':{'type':'PERCENT','percent_off':5,'effect':'APPLY_TO_NOTHING'}}"))
                        .rejects(400, "invalid_payload"),
                on("PUT", campaign, "discount without amount_off").json(json("{'discount':{'type':'AMOUNT'}}"))
                        .rejects(400, "invalid_campaign"),
                on("PUT", campaign, "becoming STANDALONE").json(json("{'type':'STANDALONE'}"))
                        .rejects(400, "invalid_campaign"),
                on("PUT", campaign, "unknown category_id").json(json("{'category_id':'" + UNKNOWN_CATEGORY + "'}"))
                        .notFound("category", UNKNOWN_CATEGORY),
                on("PUT", campaign, "text/plain body").plain(json("{'description':'changed'}")).rejects(415, null)));
        cases.addAll(unknownCampaign("PUT", "", json("{'description':'changed'}")));
        cases.addAll(unauthenticated("PUT", campaign, json("{'description':'changed'}")));

        // DELETE /v1/campaigns/{campaignId}
        cases.addAll(unknownCampaign("DELETE", "", null));
        cases.add(on("DELETE", campaign + "?force=maybe", "force is not a boolean").rejects(400, "invalid_query_params"));
        cases.addAll(unauthenticated("DELETE", campaign, null));

        // POST /v1/campaigns/{campaignId}/enable and /disable
        for (String action : List.of("/enable", "/disable")) {
            cases.addAll(unknownCampaign("POST", action, null));
            cases.addAll(unauthenticated("POST", campaign + action, null));
            cases.add(on("GET", campaign + action, "unsupported method").rejects(405, null));
        }

        // POST /v1/campaigns/{campaignId}/vouchers
        String addVouchers = "/v1/campaigns/{id}/vouchers";
        for (String count : List.of("0", "-1", "abc", "100001")) {
            cases.add(on("POST", addVouchers + "?vouchers_count=" + count, "vouchers_count=" + count)
                    .json(ADD_VOUCHER).rejects(400, "invalid_query_params"));
        }
        cases.addAll(unreadableBodies("POST", addVouchers).stream()
                .filter(c -> c.body() != null).toList()); // the body is optional here
        cases.addAll(List.of(
                on("POST", addVouchers, "metadata is a string").json(json("{'metadata':'x'}"))
                        .rejects(400, "invalid_payload"),
                on("POST", addVouchers, "start_date is not a date").json(json("{'start_date':'yesterday'}"))
                        .rejects(400, "invalid_payload"),
                on("POST", addVouchers, "redemption.quantity is a word").json(json("{'redemption':{'quantity':'one'}}"))
                        .rejects(400, "invalid_payload"),
                on("POST", addVouchers, "code already taken").json(json("{'code':'" + KNOWN_CODE + "'}"))
                        .rejects(409, "duplicate_found").resource("voucher", KNOWN_CODE),
                on("POST", addVouchers, "text/plain body").plain(ADD_VOUCHER).rejects(415, null)));
        cases.addAll(unknownCampaign("POST", "/vouchers", ADD_VOUCHER));
        cases.addAll(unauthenticated("POST", addVouchers, ADD_VOUCHER));

        // POST /v1/campaigns/{campaignId}/vouchers/{code}
        String addWithCode = "/v1/campaigns/{id}/vouchers/NEW-CODE";
        cases.addAll(unreadableBodies("POST", addWithCode).stream().filter(c -> c.body() != null).toList());
        cases.addAll(List.of(
                on("POST", addWithCode, "metadata is a string").json(json("{'metadata':'x'}"))
                        .rejects(400, "invalid_payload"),
                on("POST", addWithCode, "start_date is not a date").json(json("{'start_date':'yesterday'}"))
                        .rejects(400, "invalid_payload"),
                on("POST", "/v1/campaigns/{id}/vouchers/" + KNOWN_CODE, "standalone code taken").json(ADD_VOUCHER)
                        .rejects(409, "duplicate_found").resource("voucher", KNOWN_CODE),
                on("POST", "/v1/campaigns/{id}/vouchers/{campaignCode}", "campaign code taken").json(ADD_VOUCHER)
                        .rejects(409, "duplicate_found").resource("voucher", "{campaignCode}"),
                on("POST", addWithCode, "text/plain body").plain(ADD_VOUCHER).rejects(415, null)));
        cases.addAll(unknownCampaign("POST", "/vouchers/NEW-CODE", ADD_VOUCHER));
        cases.addAll(unauthenticated("POST", addWithCode, ADD_VOUCHER));

        // POST /v1/vouchers and POST /v1/vouchers/{code}
        for (String path : List.of("/v1/vouchers", "/v1/vouchers/NEW-CODE")) {
            cases.addAll(unreadableBodies("POST", path));
            cases.addAll(List.of(
                    on("POST", path, "no type and no discount").json("{}").rejects(400, "invalid_payload"),
                    on("POST", path, "DISCOUNT_VOUCHER without discount").json(json("{'type':'DISCOUNT_VOUCHER'}"))
                            .rejects(400, "invalid_payload"),
                    on("POST", path, "GIFT_VOUCHER without gift.amount").json(json("{'type':'GIFT_VOUCHER','gift':{}}"))
                            .rejects(400, "invalid_payload"),
                    on("POST", path, "LOYALTY_CARD without campaign")
                            .json(json("{'type':'LOYALTY_CARD','loyalty_card':{'points':10}}"))
                            .rejects(400, "invalid_voucher"),
                    on("POST", path, "unknown type").json(VOUCHER.replace("DISCOUNT_VOUCHER", "BULKY"))
                            .rejects(400, "invalid_payload"),
                    on("POST", path, "unknown discount.type").json(VOUCHER.replace("AMOUNT", "SHIPPING"))
                            .rejects(400, "invalid_payload"),
                    on("POST", path, "unknown discount.effect")
                            .json(VOUCHER.replace("1000", "1000,\"effect\":\"APPLY_TO_NOTHING\""))
                            .rejects(400, "invalid_payload"),
                    on("POST", path, "amount_off is a word").json(VOUCHER.replace("1000", "\"lots\""))
                            .rejects(400, "invalid_payload"),
                    on("POST", path, "metadata is a string").json(withField(VOUCHER, "'metadata':'x'"))
                            .rejects(400, "invalid_payload"),
                    on("POST", path, "start_date is not a date").json(withField(VOUCHER, "'start_date':'yesterday'"))
                            .rejects(400, "invalid_payload"),
                    on("POST", path, "active is a word").json(withField(VOUCHER, "'active':'yes'"))
                            .rejects(400, "invalid_payload"),
                    on("POST", path, "unknown campaign name").json(withField(VOUCHER, "'campaign':'" + UNKNOWN_NAME + "'"))
                            .notFound("campaign", UNKNOWN_NAME),
                    on("POST", path, "unknown campaign_id").json(withField(VOUCHER, "'campaign_id':'" + UNKNOWN_ID + "'"))
                            .notFound("campaign", UNKNOWN_ID),
                    on("POST", path, "unknown category_id").json(withField(VOUCHER, "'category_id':'" + UNKNOWN_CATEGORY + "'"))
                            .notFound("category", UNKNOWN_CATEGORY),
                    on("POST", path, "text/plain body").plain(VOUCHER).rejects(415, null)));
            cases.addAll(unauthenticated("POST", path, VOUCHER));
        }
        cases.add(on("POST", "/v1/vouchers", "code in the body already taken")
                .json(withField(VOUCHER, "'code':'" + KNOWN_CODE + "'"))
                .rejects(409, "duplicate_found").resource("voucher", KNOWN_CODE));
        cases.add(on("POST", "/v1/vouchers/" + KNOWN_CODE, "standalone code taken").json(VOUCHER)
                .rejects(409, "duplicate_found").resource("voucher", KNOWN_CODE));
        cases.add(on("POST", "/v1/vouchers/{campaignCode}", "campaign code taken").json(VOUCHER)
                .rejects(409, "duplicate_found").resource("voucher", "{campaignCode}"));

        // GET /v1/vouchers/{code}
        cases.add(on("GET", "/v1/vouchers/NO-SUCH-CODE", "unknown code").notFound("voucher", "NO-SUCH-CODE"));
        String unknownVoucherId = "v_" + "0".repeat(32);
        cases.add(on("GET", "/v1/vouchers/" + unknownVoucherId, "unknown voucher id").notFound("voucher", unknownVoucherId));
        cases.addAll(unauthenticated("GET", "/v1/vouchers/" + KNOWN_CODE, null));
        cases.add(on("PATCH", "/v1/vouchers/" + KNOWN_CODE, "unsupported method").json("{}").rejects(405, null));

        // PUT /v1/vouchers/{code}
        String known = "/v1/vouchers/" + KNOWN_CODE;
        cases.addAll(unreadableBodies("PUT", known));
        cases.addAll(List.of(
                on("PUT", known, "active is not a boolean").json(json("{'active':'maybe'}"))
                        .rejects(400, "invalid_payload"),
                on("PUT", known, "metadata is not an object").json(json("{'metadata':'x'}"))
                        .rejects(400, "invalid_payload"),
                on("PUT", known, "expiration before start").json(json(
                        "{'start_date':'2030-01-01T00:00:00Z','expiration_date':'2029-01-01T00:00:00Z'}"))
                        .rejects(400, "invalid_payload"),
                on("PUT", known, "day of week 7").json(json("{'validity_day_of_week':[7]}"))
                        .rejects(400, "invalid_payload"),
                on("PUT", known, "discount of another type").json(json(
                        "{'discount':{'type':'PERCENT','percent_off':5},'category':'Never Created'}"))
                        .rejects(400, "invalid_voucher"),
                on("PUT", known, "gift on a discount voucher").json(json("{'gift':{'amount':100}}"))
                        .rejects(400, "invalid_voucher"),
                on("PUT", known, "unknown category id").json(json("{'category_id':'" + UNKNOWN_CATEGORY + "'}"))
                        .notFound("category", UNKNOWN_CATEGORY),
                on("PUT", "/v1/vouchers/NO-SUCH-CODE", "unknown code").json(json("{'active':false}"))
                        .notFound("voucher", "NO-SUCH-CODE")));
        cases.addAll(unauthenticated("PUT", known, json("{'active':false}")));

        // POST /v1/vouchers/{code}/enable and /disable
        for (String action : List.of("/enable", "/disable")) {
            cases.add(on("POST", "/v1/vouchers/NO-SUCH-CODE" + action, "unknown code")
                    .notFound("voucher", "NO-SUCH-CODE"));
            cases.addAll(unauthenticated("POST", known + action, null));
            cases.add(on("GET", known + action, "unsupported method").rejects(405, null));
        }

        // POST /v1/vouchers/{code}/balance and GET /v1/vouchers/{code}/transactions
        String balance = known + "/balance";
        cases.addAll(List.of(
                on("POST", balance, "malformed JSON").json("{\"amount\":").rejects(400, "invalid_payload"),
                on("POST", balance, "no amount").json(json("{'reason':'x'}")).rejects(400, "invalid_payload"),
                on("POST", balance, "amount is not an integer").json(json("{'amount':'x'}"))
                        .rejects(400, "invalid_payload"),
                on("POST", balance, "discount voucher").json(json("{'amount':100}")).rejects(400, "invalid_voucher"),
                on("POST", "/v1/vouchers/NO-SUCH-CODE/balance", "unknown code").json(json("{'amount':100}"))
                        .notFound("voucher", "NO-SUCH-CODE")));
        cases.addAll(unauthenticated("POST", balance, json("{'amount':100}")));
        for (String query : List.of("limit=0", "limit=101", "order=amount")) {
            cases.add(on("GET", known + "/transactions?" + query, query).rejects(400, "invalid_query_params"));
        }
        cases.add(on("GET", "/v1/vouchers/NO-SUCH-CODE/transactions", "unknown code")
                .notFound("voucher", "NO-SUCH-CODE"));
        cases.addAll(unauthenticated("GET", known + "/transactions", null));

        // The single-voucher operations from before stacking, and a voucher's redemption list
        cases.add(on("POST", "/v1/vouchers/NO-SUCH-CODE/validate", "unknown code").json("{}")
                .notFound("voucher", "NO-SUCH-CODE"));
        cases.add(on("POST", known + "/validate", "malformed JSON").json("{\"order\":").rejects(400, "invalid_payload"));
        cases.add(on("POST", known + "/redemption", "negative order amount").json(json("{'order':{'amount':-1}}"))
                .rejects(400, null));
        cases.add(on("GET", "/v1/vouchers/NO-SUCH-CODE/redemption", "unknown code")
                .notFound("voucher", "NO-SUCH-CODE"));
        cases.add(on("POST", "/v1/promotions/tiers/promo_nope/validation", "unknown tier").json("{}")
                .notFound("promotion_tier", "promo_nope"));
        cases.addAll(unauthenticated("POST", known + "/validate", "{}"));
        cases.addAll(unauthenticated("POST", known + "/redemption", "{}"));
        cases.addAll(unauthenticated("GET", known + "/redemption", null));

        // GET /v1/vouchers (pages stop at 99 here, not 100)
        for (String query : List.of("limit=0", "limit=101", "limit=abc", "page=0", "page=100", "order=name",
                "created_at%5Bbefore%5D=yesterday", "filters=code",
                "filters%5Bvoucher_code%5D%5Bconditions%5D%5B%24is%5D=x",
                "filters%5Bcode%5D%5Bconditions%5D%5B%24after%5D=2024-01-01",
                "filters%5Bcode%5D%5B%24is%5D=x",
                "filters%5Bjunction%5D=xor&filters%5Bcode%5D%5Bconditions%5D%5B%24is%5D=x",
                "filters%5Bactive%5D%5Bconditions%5D%5B%24is%5D=maybe",
                "filters%5Bredemption_count%5D%5Bconditions%5D%5B%24more_than%5D=many",
                "filters%5Bexpiration_date%5D%5Bconditions%5D%5B%24before%5D=soon",
                "filters%5Bcreated_at%5D%5Bconditions%5D%5B%24less_than%5D=-1")) {
            cases.add(on("GET", "/v1/vouchers?" + query, query).rejects(400, "invalid_query_params"));
        }
        cases.addAll(unauthenticated("GET", "/v1/vouchers", null));
        cases.add(on("PATCH", "/v1/vouchers", "unsupported method").json(VOUCHER).rejects(405, null));

        // GET /v1/redemptions
        for (String query : List.of("limit=0", "page=100", "result=MAYBE", "filters=voucher_code",
                "filters%5Bcode%5D%5Bconditions%5D%5B%24is%5D=x",
                "filters%5Bvoucher_code%5D%5Bconditions%5D%5B%24after%5D=2024-01-01",
                "filters%5Bvoucher_code%5D%5Bconditions%5D=x",
                "filters%5Bjunction%5D=both&filters%5Bresult%5D%5Bconditions%5D%5B%24is%5D=SUCCESS",
                "filters%5Bjunction%5D=and&filters%5Bjunction%5D=or",
                "filters%5Bresult%5D%5Bconditions%5D%5B%24is%5D=a&filters%5Bresult%5D%5Bconditions%5D%5B%24is%5D=b")) {
            cases.add(on("GET", "/v1/redemptions?" + query, query).rejects(400, "invalid_query_params"));
        }

        // GET /v1/loyalties/.../transactions: the filters are checked before the program or card is looked up
        for (String query : List.of("/v1/loyalties/" + UNKNOWN_ID + "/transactions?filters%5Bcreated_at%5D"
                        + "%5Bconditions%5D%5B%24after%5D=2025-01-01",
                "/v1/loyalties/" + UNKNOWN_ID + "/transactions?filters%5Bvoucher_id%5D%5Bconditions%5D%5B%24after%5D=x",
                "/v1/loyalties/members/" + KNOWN_CODE + "/transactions?filters%5Bvoucher_id%5D%5Bconditions%5D"
                        + "%5B%24is%5D=x",
                "/v1/loyalties/" + UNKNOWN_ID + "/members/" + KNOWN_CODE + "/transactions?filters%5Bcreated_at%5D"
                        + "%5Bconditions%5D%5B%24less_than%5D=soon")) {
            cases.add(on("GET", query, "filters of " + query.substring(0, query.indexOf('?')))
                    .rejects(400, "invalid_query_params"));
        }

        // Routes that do not exist
        cases.add(on("GET", "/v1/nothing-here", "unknown route").rejects(404, "not_found"));
        cases.add(on("POST", "/v1/nothing-here", "unknown route").json("{}").rejects(404, "not_found"));
        cases.add(on("GET", "/v1/campaigns/{id}/nothing-here", "unknown route").rejects(404, "not_found"));
        cases.add(on("POST", addWithCode + "/nothing-here", "unknown route").json("{}").rejects(404, "not_found"));
        return cases.stream();
    }

    /** Bodies that are not a JSON object: cut off, missing, an array, a string. */
    private static List<Case> unreadableBodies(String method, String path) {
        return List.of(
                on(method, path, "malformed JSON").json("{\"name\":").rejects(400, "invalid_payload"),
                on(method, path, "empty body").json(null).rejects(400, "invalid_payload"),
                on(method, path, "JSON array").json("[" + CAMPAIGN + "]").rejects(400, "invalid_payload"),
                on(method, path, "JSON string").json("\"Fresh Campaign\"").rejects(400, "invalid_payload"));
    }

    /** The same request without usable credentials; the body is one that would otherwise succeed. */
    private static List<Case> unauthenticated(String method, String path, String body) {
        return List.of(
                on(method, path, "no credentials").sending(body).by(Caller.NOBODY).rejects(401, "unauthorized"),
                on(method, path, "X-App-Id without token").sending(body).by(Caller.APP_ID_WITHOUT_TOKEN)
                        .rejects(401, "unauthorized"),
                on(method, path, "X-App-Token without X-App-Id").sending(body).by(Caller.TOKEN_WITHOUT_APP_ID)
                        .rejects(401, "unauthorized"));
    }

    /** {@code /v1/campaigns/{campaignId}<suffix>} for an unknown id and an unknown name (echoed as sent). */
    private static List<Case> unknownCampaign(String method, String suffix, String body) {
        return List.of(
                on(method, "/v1/campaigns/" + UNKNOWN_ID + suffix, "unknown campaign id").sending(body)
                        .notFound("campaign", UNKNOWN_ID),
                on(method, "/v1/campaigns/" + UNKNOWN_NAME.replace(" ", "%20") + suffix, "unknown campaign name")
                        .sending(body).notFound("campaign", UNKNOWN_NAME));
    }

    private ApiClient client(Caller caller) {
        ApiClient anonymous = ApiClient.anonymous(port);
        return switch (caller) {
            case PROJECT -> api;
            case NOBODY -> anonymous;
            case APP_ID_WITHOUT_TOKEN -> anonymous.withHeader("X-App-Id", appId);
            case TOKEN_WITHOUT_APP_ID -> anonymous.withHeader("X-App-Token", "token-" + appId);
        };
    }

    private String resolve(String template) {
        return template
                .replace("{id}", campaignId)
                .replace("{campaignCode}", campaignVoucherCode);
    }

    private Snapshot snapshot() {
        ApiResponse campaigns = api.get("/v1/campaigns");
        ApiResponse vouchers = api.get("/v1/vouchers?limit=100");
        assertThat(campaigns.status()).as(campaigns.text()).isEqualTo(200);
        assertThat(vouchers.status()).as(vouchers.text()).isEqualTo(200);
        return new Snapshot(campaigns.body(), vouchers.body());
    }

    private static Case on(String method, String path, String what) {
        return new Case(method + " " + path + ": " + what, Caller.PROJECT, method, path, null, null, 0, null, null, null);
    }

    /** Writes JSON with single quotes so the table stays readable. */
    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    private static String withField(String body, String singleQuotedField) {
        return "{" + json(singleQuotedField) + "," + body.substring(1);
    }

    enum Caller { PROJECT, NOBODY, APP_ID_WITHOUT_TOKEN, TOKEN_WITHOUT_APP_ID }

    record Snapshot(JsonNode campaigns, JsonNode vouchers) {
    }

    /** One bad request and the answer it must get; {@code key} null means any non-empty key. */
    record Case(String label, Caller caller, String method, String path, String body, String contentType,
                int status, String key, String resourceType, String resourceId) {

        /** A JSON request; a null body sends the JSON Content-Type with nothing after it. */
        Case json(String body) {
            return new Case(label, caller, method, path, body, "application/json", status, key, resourceType, resourceId);
        }

        /** A JSON body when there is one; bodiless requests (GET, DELETE, enable) send no Content-Type. */
        Case sending(String body) {
            return body == null ? this : json(body);
        }

        Case plain(String body) {
            return new Case(label, caller, method, path, body, "text/plain", status, key, resourceType, resourceId);
        }

        Case by(Caller caller) {
            return new Case(label, caller, method, path, body, contentType, status, key, resourceType, resourceId);
        }

        Case rejects(int status, String key) {
            return new Case(label, caller, method, path, body, contentType, status, key, resourceType, resourceId);
        }

        Case resource(String type, String id) {
            return new Case(label, caller, method, path, body, contentType, status, key, type, id);
        }

        Case notFound(String type, String id) {
            return rejects(404, "not_found").resource(type, id);
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
