package dev.voucheremulator.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import dev.voucheremulator.support.VoucherifyErrors;
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
 * The loyalty card, earning rule, reward assignment and publication endpoints fed bad input: each case
 * gets its status and Voucherify error body (never a 500), and leaves the program's cards, their
 * transactions and pending points, its rules and assignments, and the publications exactly as they were.
 */
@EmulatorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoyaltyBadInputApiTest {

    private static final String PROGRAM = "/v1/loyalties/Known%20Program";
    private static final String UNKNOWN_PROGRAM = "/v1/loyalties/camp_000000000000000000000000";

    @LocalServerPort
    int port;

    ApiClient api;
    String ruleId;
    String assignmentId;
    String pendingId;
    JsonNode baseline;

    @BeforeAll
    void knownProgram() {
        api = ApiClient.forProject(port, "loyalty-bad-input-" + UUID.randomUUID());
        ok(api.post("/v1/loyalties", Map.of("name", "Known Program", "voucher", Map.of("type", "LOYALTY_CARD",
                "loyalty_card", Map.of("points", 100)))));
        for (String code : List.of("CARD-A", "CARD-B", "CARD-FREE")) {
            ok(api.post("/v1/campaigns/Known%20Program/vouchers/" + code, Map.of()));
        }
        ok(api.post(PROGRAM + "/members", Map.of("customer", Map.of("source_id", "alice"), "voucher", "CARD-A")));
        ok(api.post(PROGRAM + "/members", Map.of("customer", Map.of("source_id", "bob"), "voucher", "CARD-B")));
        ruleId = ok(api.post(PROGRAM + "/earning-rules", List.of(Map.of("event", "order.paid",
                "loyalty", Map.of("type", "FIXED", "points", 10),
                "pending_points", Map.of("period_type", "DAY", "period_value", 30))))).get(0).get("id").asString();
        ok(api.post("/v1/orders", Map.of("status", "PAID", "amount", 100, "customer", Map.of("source_id", "alice"))));
        pendingId = ok(api.get(PROGRAM + "/pending-points")).get("data").get(0).get("id").asString();
        String reward = ok(api.post("/v1/rewards", Map.of("name", "Coins", "parameters",
                Map.of("coin", Map.of("exchange_ratio", 1))))).get("id").asString();
        assignmentId = ok(api.post(PROGRAM + "/rewards", List.of(Map.of("reward", reward,
                "parameters", Map.of("loyalty", Map.of("points", 40)))))).get("id").asString();
        baseline = snapshot();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectsBadInputWithAVoucherifyErrorAndChangesNothing(Case c) {
        ApiResponse response = api.send(c.method(), c.path(), c.body(), c.body() == null ? null : "application/json");
        JsonNode after = snapshot();
        String seen = c + " answered " + response.status() + " " + response.text();
        VoucherifyErrors.assertError(response, c.status(), c.key(), seen);
        assertThat(after).as("the program after " + c).isEqualTo(baseline);
    }

    Stream<Case> cases() {
        String rule = PROGRAM + "/earning-rules/" + ruleId;
        String unknownRule = PROGRAM + "/earning-rules/ern_000000000000000000000000";
        String assignment = PROGRAM + "/rewards/" + assignmentId;
        String pending = "/v1/loyalties/members/CARD-A/pending-points/" + pendingId;
        String transfers = PROGRAM + "/members/CARD-B/transfers";
        List<Case> cases = new ArrayList<>(List.of(
                send("PUT", rule, "earning rule update with malformed JSON", "{\"metadata\":", 400, "invalid_payload"),
                send("PUT", rule, "earning rule update with an array", "[]", 400, "invalid_payload"),
                send("PUT", rule, "earning rule update clearing loyalty", "{\"loyalty\":null}", 400,
                        "invalid_payload"),
                send("PUT", rule, "earning rule update with loyalty a number", "{\"loyalty\":5}", 400,
                        "invalid_payload"),
                send("PUT", rule, "earning rule update with active a string", "{\"active\":\"yes\"}", 400,
                        "invalid_payload"),
                send("PUT", unknownRule, "update of an unknown earning rule", "{}", 404, "not_found"),
                send("PUT", UNKNOWN_PROGRAM + "/earning-rules/" + ruleId, "earning rule of an unknown program", "{}",
                        404, "not_found"),
                send("DELETE", unknownRule, "delete of an unknown earning rule", null, 404, "not_found"),
                send("POST", unknownRule + "/enable", "enable of an unknown earning rule", null, 404, "not_found"),
                send("POST", unknownRule + "/disable", "disable of an unknown earning rule", null, 404, "not_found"),
                send("PUT", assignment, "assignment price 0", "{\"parameters\":{\"loyalty\":{\"points\":0}}}", 400,
                        "invalid_payload"),
                send("PUT", assignment, "assignment price a string", "{\"parameters\":{\"loyalty\":{\"points\":\"x\"}}}",
                        400, "invalid_payload"),
                send("PUT", PROGRAM + "/rewards/rewa_000000000000000000000000", "update of an unknown assignment", "{}",
                        404, "not_found"),
                send("DELETE", PROGRAM + "/rewards/rewa_000000000000000000000000", "delete of an unknown assignment",
                        null, 404, "not_found"),
                send("GET", PROGRAM + "/reward-assignments/rewa_000000000000000000000000", "unknown assignment", null,
                        404, "not_found"),
                send("GET", UNKNOWN_PROGRAM + "/reward-assignments", "assignments of an unknown program", null, 404,
                        "not_found"),
                send("POST", transfers, "transfer of nothing", "[]", 400, "invalid_payload"),
                send("POST", transfers, "transfer as an object", "{\"code\":\"CARD-A\",\"points\":1}", 400,
                        "invalid_payload"),
                send("POST", transfers, "transfer without a code", "[{\"points\":1}]", 400, "invalid_payload"),
                send("POST", transfers, "transfer of 0 points", "[{\"code\":\"CARD-A\",\"points\":0}]", 400,
                        "invalid_payload"),
                send("POST", transfers, "transfer of more than the balance", "[{\"code\":\"CARD-A\",\"points\":101}]",
                        400, "loyalty_card_points_exceeded"),
                send("POST", transfers, "transfer from the card itself", "[{\"code\":\"CARD-B\",\"points\":1}]", 400,
                        "invalid_payload"),
                send("POST", transfers, "transfer from a card without a holder",
                        "[{\"code\":\"CARD-FREE\",\"points\":1}]", 400, null),
                send("POST", transfers, "transfer from an unknown card", "[{\"code\":\"NO-CARD\",\"points\":1}]", 404,
                        "not_found"),
                send("POST", PROGRAM + "/members/NO-CARD/transfers", "transfer to an unknown card",
                        "[{\"code\":\"CARD-A\",\"points\":1}]", 404, "not_found"),
                send("GET", UNKNOWN_PROGRAM + "/pending-points", "pending points of an unknown program", null, 404,
                        "not_found"),
                send("GET", PROGRAM + "/pending-points?limit=0", "pending points limit 0", null, 400,
                        "invalid_query_params"),
                send("GET", PROGRAM + "/pending-points?order=points", "pending points order by points", null, 400,
                        "invalid_query_params"),
                send("GET", PROGRAM + "/pending-points?starting_after_id=lopp_0", "pending points after an unknown one",
                        null, 400, "invalid_query_params"),
                send("GET", "/v1/loyalties/members/NO-CARD/pending-points", "pending points of an unknown card", null,
                        404, "not_found"),
                send("GET", PROGRAM + "/members/NO-CARD/pending-points", "pending points of an unknown member", null,
                        404, "not_found"),
                send("POST", "/v1/loyalties/members/CARD-A/pending-points/lopp_0/activate",
                        "activation of unknown pending points", null, 404, "not_found"),
                send("POST", "/v1/loyalties/members/CARD-B/pending-points/" + pendingId + "/activate",
                        "activation of another card's pending points", null, 404, "not_found"),
                send("POST", "/v1/loyalties/members/CARD-A/pending-points/lopp_0/cancel",
                        "cancellation of unknown pending points", null, 404, "not_found"),
                send("POST", pending + "/balance", "pending points change of 0", "{\"points\":0}", 400,
                        "invalid_amount"),
                send("POST", pending + "/balance", "pending points change without points", "{}", 400,
                        "invalid_payload"),
                send("POST", pending + "/balance", "pending points change below one point", "{\"points\":-10}", 400,
                        "invalid_amount"),
                send("GET", "/v1/loyalties/members/NO-CARD/activity", "activity of an unknown card", null, 404,
                        "not_found"),
                send("GET", PROGRAM + "/members/NO-CARD/activity", "activity of an unknown member", null, 404,
                        "not_found"),
                send("GET", PROGRAM + "/members/CARD-A/activity?order=type", "activity order by type", null, 400,
                        "invalid_query_params"),
                send("GET", PROGRAM + "/members/CARD-A/activity?starting_after_id=evcus_0", "activity after an unknown one",
                        null, 400, "invalid_query_params"),
                send("GET", PROGRAM + "/members/CARD-A/activity?limit=101", "activity limit 101", null, 400,
                        "invalid_query_params"),
                send("GET", PROGRAM + "/members/NO-CARD/points-expiration", "points expiration of an unknown member",
                        null, 404, "not_found"),
                send("GET", PROGRAM + "/members/CARD-A/points-expiration?limit=0", "points expiration limit 0", null,
                        400, "invalid_query_params"),
                send("GET", PROGRAM + "/reward-assignments/rewa_000000000000000000000000/reward",
                        "reward of an unknown assignment", null, 404, "not_found"),
                send("GET", "/v1/loyalties/members/NO-CARD/rewards", "rewards of an unknown card", null, 404,
                        "not_found"),
                send("GET", "/v1/loyalties/members/CARD-A/rewards?affordable_only=maybe", "affordable_only not a boolean",
                        null, 400, "invalid_query_params"),
                send("GET", PROGRAM + "/tiers/ltr_0/earning-rules", "earning rules of an unknown tier", null, 404,
                        "not_found"),
                send("GET", PROGRAM + "/tiers/ltr_0/rewards", "rewards of an unknown tier", null, 404, "not_found"),
                send("POST", "/v1/publications", "publication to a customer named by nothing",
                        "{\"voucher\":\"CARD-FREE\",\"customer\":{\"name\":\"Nobody\"}}", 400, "invalid_customer"),
                send("GET", "/v1/publications/create?voucher=CARD-FREE", "query publication without a customer", null,
                        400, "invalid_query_params"),
                send("POST", "/v1/publications", "a member's card to someone else",
                        "{\"voucher\":\"CARD-A\",\"customer\":{\"source_id\":\"carol\"}}", 400, null)));
        return cases.stream();
    }

    private JsonNode snapshot() {
        List<String> reads = List.of(PROGRAM + "/members?limit=100", PROGRAM + "/transactions?limit=100",
                PROGRAM + "/pending-points?limit=100", PROGRAM + "/earning-rules?limit=100",
                PROGRAM + "/rewards?limit=100", "/v1/publications?limit=100&result=SUCCESS");
        StringBuilder all = new StringBuilder("[");
        for (String read : reads) {
            all.append(all.length() > 1 ? "," : "").append(ok(api.get(read)));
        }
        return ApiClient.json(all.append("]").toString());
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }

    private static Case send(String method, String path, String label, String body, int status, String key) {
        return new Case(method + " " + label, method, path, body, status, key);
    }

    record Case(String label, String method, String path, String body, int status, String key) {

        @Override
        public String toString() {
            return label;
        }
    }
}
