package dev.voucheremulator.loyalty;

import dev.voucheremulator.spec.LoyaltyCardConfig;
import dev.voucheremulator.spec.ValidityHours;
import dev.voucheremulator.spec.ValidityTimeframe;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code LoyaltiesEarningRulesUpdateRequestBody}: what an earning rule's update may change. The event
 * (or custom event, segment, tier) that triggers a rule is not among them. It is read as sent, so an
 * absent property is told apart from an explicit null (see {@link EarningRuleService#update}).
 */
record UpdateEarningRuleRequest(String validationRuleId,
                                EarningRuleLoyalty loyalty,
                                EarningRule.Source source,
                                Boolean active,
                                String startDate,
                                String expirationDate,
                                EarningRule.PendingPoints pendingPoints,
                                LoyaltyCardConfig.ExpirationRules expirationRules,
                                ValidityTimeframe validityTimeframe,
                                List<Integer> validityDayOfWeek,
                                ValidityHours validityHours,
                                Map<String, Object> metadata) {

    /** The properties of the stored definition an update sets or clears, as they are named on the wire. */
    static final Set<String> DEFINITION_PROPERTIES = Set.of("validation_rule_id", "loyalty", "source", "start_date",
            "expiration_date", "pending_points", "expiration_rules", "validity_timeframe", "validity_day_of_week",
            "validity_hours", "metadata");
}
