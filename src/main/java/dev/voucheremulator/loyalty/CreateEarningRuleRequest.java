package dev.voucheremulator.loyalty;

import dev.voucheremulator.spec.LoyaltyCardConfig;
import dev.voucheremulator.spec.ValidityHours;
import dev.voucheremulator.spec.ValidityTimeframe;
import java.util.List;
import java.util.Map;

/**
 * An item of {@code LoyaltiesEarningRulesCreateRequestBody}: a rule for an order paid, a segment
 * entered, a custom event or a tier change. Active unless {@code active} is false.
 */
record CreateEarningRuleRequest(String validationRuleId,
                                EarningRuleLoyalty loyalty,
                                String event,
                                EarningRule.CustomEvent customEvent,
                                EarningRule.Ref segment,
                                EarningRule.Ref loyaltyTier,
                                EarningRule.Source source,
                                Boolean active,
                                String startDate,
                                String expirationDate,
                                ValidityTimeframe validityTimeframe,
                                List<Integer> validityDayOfWeek,
                                ValidityHours validityHours,
                                EarningRule.PendingPoints pendingPoints,
                                LoyaltyCardConfig.ExpirationRules expirationRules,
                                Map<String, Object> metadata) {

    EarningRule.Definition definition() {
        // the source's object is the program, whatever was sent
        EarningRule.Source banner = source == null ? null : new EarningRule.Source(source.banner(), null, null);
        return new EarningRule.Definition(validationRuleId, loyalty, event, customEvent, segment, loyaltyTier, banner,
                startDate, expirationDate, validityTimeframe, validityDayOfWeek, validityHours, pendingPoints,
                expirationRules, metadata);
    }
}
