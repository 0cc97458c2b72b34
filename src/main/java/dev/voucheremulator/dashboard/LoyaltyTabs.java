package dev.voucheremulator.dashboard;

import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.dashboard.DashboardViews.Pager;
import dev.voucheremulator.dashboard.DashboardViews.Table;
import dev.voucheremulator.loyalty.LoyaltyPointsService;
import dev.voucheremulator.loyalty.LoyaltyReports;
import dev.voucheremulator.voucher.LoyaltyCard;
import dev.voucheremulator.voucher.VoucherListQuery;
import dev.voucheremulator.voucher.VoucherResponse;
import dev.voucheremulator.voucher.VoucherService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * A loyalty program's tabs: its cards, tiers, earning rules, rewards catalog, reward redemptions,
 * upcoming point expirations, pending points and transactions, one page of rows at a time. Every row
 * is an item of the API's list for the same tab (see {@link LoyaltyReports}), its cells that item's
 * fields; the transactions and expirations export those lists whole ({@link LoyaltyExports}).
 */
@Service
@Transactional // reading the lists first expires the program's due points, as the API does
class LoyaltyTabs {

    private static final int PAGE_SIZE = CampaignDashboards.PAGE_SIZE;

    private final LoyaltyReports reports;
    private final LoyaltyPointsService points;
    private final VoucherService vouchers;

    LoyaltyTabs(LoyaltyReports reports, LoyaltyPointsService points, VoucherService vouchers) {
        this.reports = reports;
        this.points = points;
        this.vouchers = vouchers;
    }

    /** Every card of the program, holder or not, with its points as GET /v1/vouchers?campaign_id= lists them. */
    Table cards(String projectId, String campaignId, int page) {
        points.expireCampaign(projectId, campaignId);
        // numbered pages past the API's 99th: the dashboard pages the same query further
        int chosen = page;
        VoucherListQuery d = VoucherListQuery.DEFAULT;
        ListEnvelope<VoucherResponse> found = vouchers.list(projectId, new VoucherListQuery(PAGE_SIZE, chosen,
                campaignId, null, null, null, null, List.of(), d.order(), null, null, null, null));
        List<List<String>> rows = found.data().stream().map(v -> {
            LoyaltyCard c = v.loyaltyCard();
            return List.of(v.code(), Objects.toString(v.holderId(), ""), v.active() ? "yes" : "no",
                    number(c == null ? null : c.points()), number(c == null ? null : c.balance()),
                    number(c == null ? null : c.pendingPoints()), number(c == null ? null : c.expiredPoints()),
                    number(c == null ? null : c.subtractedPoints()),
                    c == null || c.nextExpirationDate() == null ? ""
                            : c.nextExpirationPoints() + " on " + c.nextExpirationDate(),
                    Formats.dateTime(v.createdAt()));
        }).toList();
        return new Table(List.of("Card code", "Customer", "Active", "Points", "Balance", "Pending", "Expired",
                "Subtracted", "Next expiration", "Created"), rows, pager(chosen, found.total()))
                .withCustomerColumn(1);
    }

    /** GET /v1/loyalties/{id}/tiers: each tier's points range and what it changes for earning and rewards. */
    Table tiers(String projectId, String campaignId) {
        Page<JsonNode> found = reports.tiers(projectId, campaignId);
        List<List<String>> rows = found.stream().map(t -> List.of(text(t, "id"), text(t, "name"),
                text(t, "points.from"), text(t, "points.to"), mappings(t.path("earning_rules")),
                mappings(t.path("rewards")), Formats.dateTime(instant(t, "created_at")))).toList();
        return new Table(List.of("Tier id", "Name", "Points from", "Points to", "Earning rules", "Rewards", "Created"),
                rows, new Pager(1, 1, found.getTotalElements()));
    }

    /** GET /v1/loyalties/{id}/earning-rules: newest first, each with what it awards and when. */
    Table earningRules(String projectId, String campaignId, int page) {
        int chosen = Math.min(page, 100); // the API's last page
        Page<JsonNode> found = reports.earningRules(projectId, campaignId, chosen, PAGE_SIZE);
        List<List<String>> rows = found.stream().map(r -> List.of(text(r, "id"),
                r.hasNonNull("custom_event") ? "custom event " + text(r, "custom_event.schema_id") : text(r, "event"),
                awards(r.path("loyalty")), text(r, "source.banner"), text(r, "validation_rule_id"),
                text(r, "segment.id"), text(r, "loyalty_tier.id"), pending(r.path("pending_points")),
                LoyaltyProgramView.expirationRules(r.path("expiration_rules")),
                r.path("active").asBoolean() ? "yes" : "no", Formats.dateTime(instant(r, "created_at")))).toList();
        return new Table(List.of("Rule id", "Event", "Awards", "Banner", "Validation rule", "Segment", "Tier",
                "Pending for", "Points expire", "Active", "Created"), rows, Pager.of(found));
    }

    /** GET /v1/loyalties/{id}/rewards: each reward the program offers, what it is and its points cost. */
    Table rewards(String projectId, String campaignId, int page) {
        int chosen = Math.min(page, 100); // the API's last page
        Page<JsonNode> found = reports.rewards(projectId, campaignId, chosen, PAGE_SIZE);
        List<List<String>> rows = found.stream().map(a -> List.of(text(a, "id"), text(a, "reward_id"),
                a.has("reward") ? text(a, "reward.name") : "(deleted)", text(a, "reward.type"),
                rewardWhat(a.path("reward").path("parameters")), text(a, "parameters.loyalty.points"),
                a.path("reward").hasNonNull("stock") ? text(a, "reward.stock") : "unlimited",
                Formats.dateTime(instant(a, "created_at")))).toList();
        return new Table(List.of("Assignment", "Reward id", "Name", "Type", "Reward", "Points cost", "Stock",
                "Assigned"), rows, Pager.of(found));
    }

    /**
     * Points paid for rewards and given back when such a redemption was rolled back: the program's
     * POINTS_REDEMPTION and POINTS_REFUND transactions, newest first.
     */
    Table rewardRedemptions(String projectId, String campaignId, int page) {
        Page<JsonNode> found = reports.transactions(projectId, campaignId, null,
                LoyaltyReports.REWARD_TRANSACTION_TYPES, page - 1, PAGE_SIZE);
        List<List<String>> rows = found.stream().map(t -> List.of(Formats.dateTime(instant(t, "created_at")),
                text(t, "details.redemption.id"), text(t, "type").equals("POINTS_REFUND") ? "rolled back" : "redeemed",
                text(t, "details.rollback.id"), text(t, "details.reward.id"), text(t, "details.reward.name"),
                text(t, "details.balance.points"), text(t, "voucher_id"), text(t, "id"))).toList();
        return new Table(List.of("Date", "Redemption", "Status", "Rollback", "Reward id", "Reward", "Points",
                "Card", "Transaction"), rows, Pager.of(found));
    }

    /** The points still to expire on the program's cards, soonest first. */
    Table pointsExpiration(String projectId, String campaignId, int page) {
        Page<JsonNode> found = reports.pointsExpiration(projectId, campaignId, page - 1, PAGE_SIZE);
        List<List<String>> rows = found.stream().map(b -> List.of(text(b, "expires_at"),
                text(b, "bucket.total_points"), text(b, "voucher_id"), text(b, "status"), text(b, "id"),
                Formats.dateTime(instant(b, "created_at")))).toList();
        return new Table(List.of("Expires on", "Points", "Card", "Status", "Bucket", "Added"), rows,
                Pager.of(found));
    }

    /** GET /v1/loyalties/{id}/pending-points: points waiting to be added to cards, newest first. */
    Table pendingPoints(String projectId, String campaignId, int page) {
        Page<JsonNode> found = reports.pendingPoints(projectId, campaignId, page - 1, PAGE_SIZE);
        List<List<String>> rows = found.stream().map(p -> List.of(text(p, "id"), text(p, "points"),
                text(p, "activates_at"), text(p, "voucher_id"), text(p, "customer_id"), text(p, "order_id"),
                text(p, "details.earning_rule.id"), Formats.dateTime(instant(p, "created_at")))).toList();
        return new Table(List.of("Id", "Points", "Activates on", "Card", "Customer", "Order", "Earning rule",
                "Created"), rows, Pager.of(found)).withCustomerColumn(4);
    }

    /** GET /v1/loyalties/{id}/transactions, of one card when {@code voucherId} is set. */
    Table transactions(String projectId, String campaignId, String voucherId, int page) {
        Page<JsonNode> found = reports.transactions(projectId, campaignId, voucherId, null, page - 1, PAGE_SIZE);
        List<List<String>> rows = found.stream().map(t -> List.of(Formats.dateTime(instant(t, "created_at")),
                text(t, "id"), text(t, "voucher_id"), text(t, "type"), text(t, "details.balance.points"),
                text(t, "details.balance.balance"), text(t, "source_id"), text(t, "reason"),
                related(t.path("details")))).toList();
        return new Table(List.of("Date", "Id", "Card", "Type", "Points", "Balance after", "Source id", "Reason",
                "Related"), rows, Pager.of(found));
    }

    /** A dotted path's value as text, as {@link CampaignTransactions#field} reads it. */
    static String text(JsonNode node, String path) {
        return CampaignTransactions.field(node, path);
    }

    private static java.time.Instant instant(JsonNode node, String path) {
        String value = text(node, path);
        return value.isEmpty() ? null : java.time.Instant.parse(value);
    }

    private static String number(Long value) {
        return value == null ? "0" : value.toString();
    }

    private static Pager pager(int page, long total) {
        return new Pager(page, (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE), total);
    }

    // a tier's earning rules or rewards: "ern_1: ×2, ern_2: 50 points"
    private static String mappings(JsonNode byId) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : byId.properties()) {
            JsonNode m = e.getValue();
            parts.add(e.getKey() + ": " + ("MULTIPLY".equals(text(m, "type")) ? "×" + text(m, "multiplier")
                    : text(m, "points") + " points"));
        }
        return String.join(", ", parts);
    }

    // an earning rule's loyalty definition in words: "10 points", "1 point(s) every 500 of order.amount"
    private static String awards(JsonNode loyalty) {
        if (!"PROPORTIONAL".equals(text(loyalty, "type"))) {
            return text(loyalty, "points") + " points";
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> of : loyalty.properties()) {
            for (Map.Entry<String, JsonNode> by : of.getValue().properties()) {
                if (by.getValue().has("every")) {
                    parts.add(text(by.getValue(), "points") + " point(s) every " + text(by.getValue(), "every")
                            + " of " + of.getKey() + "." + by.getKey());
                }
            }
        }
        return parts.isEmpty() ? "proportional to " + text(loyalty, "calculation_type") : String.join("; ", parts);
    }

    private static String pending(JsonNode pending) {
        return pending.isObject() ? text(pending, "period_value") + " " + text(pending, "period_type").toLowerCase()
                : "";
    }

    private static String rewardWhat(JsonNode parameters) {
        if (parameters.has("campaign")) {
            return "campaign " + text(parameters, "campaign.id");
        }
        if (parameters.has("coin")) {
            return "pay with points: " + text(parameters, "coin.exchange_ratio") + " per point";
        }
        if (parameters.has("product")) {
            return "product " + text(parameters, "product.id");
        }
        return "";
    }

    // what a transaction came from: its order, earning rule, redemption, rollback or reward
    private static String related(JsonNode details) {
        List<String> parts = new ArrayList<>();
        for (String key : List.of("order", "earning_rule", "redemption", "rollback", "reward")) {
            if (details.path(key).hasNonNull("id")) {
                parts.add(key.replace('_', ' ') + " " + text(details, key + ".id"));
            }
        }
        return String.join(", ", parts);
    }
}
