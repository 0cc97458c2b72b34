package dev.voucheremulator.dashboard;

import static dev.voucheremulator.dashboard.DashboardStory.ok;

import dev.voucheremulator.support.ApiClient;
import java.util.List;
import java.util.Map;

/**
 * A loyalty program populated through the API, for the dashboard's loyalty tabs: three members (alice,
 * bob, carol) with points that expire by the program's rules (6 months, then to the end of the quarter),
 * two tiers, an earning rule whose points wait 3 days (one order paid by alice), a reward of 40 points
 * redeemed by alice and rolled back, 30 points alice gave bob, and 20 small additions on carol's card.
 */
final class LoyaltyProgram {

    final String id;
    final List<String> codes;
    final String rewardId;

    private LoyaltyProgram(String id, List<String> codes, String rewardId) {
        this.id = id;
        this.codes = codes;
        this.rewardId = rewardId;
    }

    static LoyaltyProgram populate(ApiClient api, String name) {
        String id = ok(api.post("/v1/loyalties", Map.of("name", name, "voucher", Map.of("type", "LOYALTY_CARD",
                "loyalty_card", Map.of("points", 100, "expiration_rules", Map.of("period_type", "MONTH",
                        "period_value", 6, "rounding_type", "END_OF_QUARTER")))))).get("id").asString();
        String members = "/v1/loyalties/" + id + "/members";
        List<String> codes = List.of("alice", "bob", "carol").stream().map(who -> ok(api.post(members,
                Map.of("customer", Map.of("source_id", who + "-" + id)))).get("code").asString()).toList();
        ok(api.post(members + "/" + codes.get(0) + "/balance", Map.of("points", 500, "reason", "welcome, \"gold\"")));
        ok(api.post(members + "/" + codes.get(1) + "/balance", Map.of("points", 200)));
        ok(api.post(members + "/" + codes.get(1) + "/transfers", List.of(Map.of("code", codes.get(0), "points", 30))));
        ok(api.post("/v1/loyalties/" + id + "/tiers", List.of(
                Map.of("name", "Silver", "points", Map.of("from", 0, "to", 499)),
                Map.of("name", "Gold", "points", Map.of("from", 500)))));
        ok(api.post("/v1/loyalties/" + id + "/earning-rules", List.of(Map.of("event", "order.paid",
                "loyalty", Map.of("type", "FIXED", "points", 10), "source", Map.of("banner", "Orders"),
                "pending_points", Map.of("period_type", "DAY", "period_value", 3)))));
        ok(api.post("/v1/orders", Map.of("status", "PAID", "amount", 1000,
                "customer", Map.of("source_id", "alice-" + id))));
        String rewardId = ok(api.post("/v1/rewards", Map.of("name", "Mug",
                "parameters", Map.of("product", Map.of("id", "prod_mug"))))).get("id").asString();
        ok(api.post("/v1/loyalties/" + id + "/rewards",
                List.of(Map.of("reward", rewardId, "parameters", Map.of("loyalty", Map.of("points", 40))))));
        String redemptionId = ok(api.post("/v1/redemptions", Map.of("redeemables", List.of(Map.of("object", "voucher",
                "id", codes.get(0), "reward", Map.of("id", rewardId)))))).get("redemptions").get(0).get("id")
                .asString();
        ok(api.post("/v1/redemptions/" + redemptionId + "/rollback", Map.of()));
        for (int i = 0; i < 20; i++) {
            ok(api.post(members + "/" + codes.get(2) + "/balance", Map.of("points", 5, "source_id", "small-" + i)));
        }
        return new LoyaltyProgram(id, codes, rewardId);
    }
}
