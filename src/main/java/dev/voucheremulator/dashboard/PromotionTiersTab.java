package dev.voucheremulator.dashboard;

import dev.voucheremulator.campaign.CampaignResponse;
import dev.voucheremulator.dashboard.DashboardViews.Pager;
import dev.voucheremulator.dashboard.DashboardViews.Table;
import dev.voucheremulator.promotion.PromotionTierResponse;
import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.spec.Validity;
import dev.voucheremulator.validationrule.AssignmentResponse;
import dev.voucheremulator.validationrule.ValidationRuleService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A promotion's Tiers tab: each tier as GET /v1/promotions/{campaignId}/tiers answers it (the
 * campaign's {@code promotion.tiers}), in hierarchy order, with its discount, scope, rules, state
 * and redemption summary.
 */
@Service
@Transactional(readOnly = true)
class PromotionTiersTab {

    private final ValidationRuleService rules;
    private final Clock clock;

    PromotionTiersTab(ValidationRuleService rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    Table tiers(String projectId, CampaignResponse campaign) {
        List<PromotionTierResponse> tiers = campaign.promotion() == null ? List.of() : campaign.promotion().tiers();
        Instant now = clock.instant();
        List<List<String>> rows = tiers.stream().map(t -> {
            Discount d = t.action() == null ? null : t.action().discount();
            PromotionTierResponse.Summary s = t.summary();
            return List.of(t.id(), t.name(), Integer.toString(t.hierarchy()), CampaignDashboards.discountValue(d),
                    d == null || d.effect() == null ? "" : d.effect().name(), rules(projectId, t),
                    t.active() ? "yes" : "no", availability(campaign, t, now),
                    s == null ? "0" : Long.toString(s.redemptions().totalRedeemed()),
                    s == null ? "" : Formats.money(s.orders().totalAmount()),
                    s == null ? "" : Formats.money(s.orders().totalDiscountAmount()));
        }).toList();
        return new Table(List.of("Tier id", "Name", "Hierarchy", "Discount", "Scope", "Validation rules", "Active",
                "Availability", "Redeemed", "Orders amount", "Discounted"), rows, new Pager(1, 1, rows.size()));
    }

    /** The main page's redemption values: each tier's order discount and the scope it applies to. */
    Table redemptionValues(CampaignResponse campaign) {
        List<PromotionTierResponse> tiers = campaign.promotion() == null ? List.of() : campaign.promotion().tiers();
        List<List<String>> rows = tiers.stream().map(t -> {
            Discount d = t.action() == null ? null : t.action().discount();
            return List.of(t.name(), CampaignDashboards.discountValue(d), scope(d));
        }).toList();
        return new Table(List.of("Tier", "Order discount", "Applies to"), rows, new Pager(1, 1, rows.size()));
    }

    // an effect left out is the documented default: the whole order, or adding missing items for UNIT
    private static String scope(Discount d) {
        if (d == null) {
            return "";
        }
        String effect = d.effect() != null ? d.effect().name()
                : d.type() == Discount.DiscountType.UNIT ? "ADD_MISSING_ITEMS" : "APPLY_TO_ORDER";
        return switch (effect) {
            case "APPLY_TO_ORDER" -> "the whole order";
            case "APPLY_TO_ITEMS" -> "each matching item";
            case "APPLY_TO_ITEMS_PROPORTIONALLY" -> "matching items, proportionally";
            case "APPLY_TO_ITEMS_PROPORTIONALLY_BY_QUANTITY" -> "matching items, proportionally by quantity";
            case "APPLY_TO_ITEMS_BY_QUANTITY" -> "matching items, by quantity";
            default -> effect.toLowerCase().replace('_', ' ');
        };
    }

    // the rules assigned to the tier, by name (id when the rule is gone)
    private String rules(String projectId, PromotionTierResponse t) {
        if (t.validationRuleAssignments() == null) {
            return "";
        }
        return t.validationRuleAssignments().data().stream().map(AssignmentResponse::ruleId)
                .map(id -> rules.findRule(projectId, id).map(r -> r.name() + " (" + id + ")").orElse(id))
                .collect(Collectors.joining(", "));
    }

    /**
     * "available" when the tier and its campaign are active and now is within both validities
     * (what GET /v1/promotions/tiers?is_available=true checks), else why not, with the tier's dates.
     */
    private static String availability(CampaignResponse campaign, PromotionTierResponse t, Instant now) {
        String why;
        if (!t.active()) {
            why = "tier disabled";
        } else if (!campaign.active()) {
            why = "campaign disabled";
        } else if (before(t.validity(), now) || before(campaign.validity(), now)) {
            why = "not started";
        } else if (after(t.validity(), now) || after(campaign.validity(), now)) {
            why = "expired";
        } else {
            why = "available";
        }
        Validity v = t.validity();
        String dates = v == null || (v.startDate() == null && v.expirationDate() == null) ? ""
                : " (" + Formats.date(v.startDate()) + " – " + Formats.date(v.expirationDate()) + ")";
        return why + dates;
    }

    private static boolean before(Validity v, Instant now) {
        return v != null && v.startDate() != null && v.startDate().isAfter(now);
    }

    private static boolean after(Validity v, Instant now) {
        return v != null && v.expirationDate() != null && !v.expirationDate().isAfter(now);
    }
}
