package dev.voucheremulator.loyalty;

import dev.voucheremulator.spec.LoyaltyCardConfig;
import dev.voucheremulator.spec.ValidityHours;
import dev.voucheremulator.spec.ValidityTimeframe;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The spec's {@code EarningRule}: the rule as sent, its program as the source's object, and its state. */
record EarningRuleResponse(String id,
                           Instant createdAt,
                           Instant updatedAt,
                           String validationRuleId,
                           EarningRuleLoyalty loyalty,
                           String event,
                           EarningRule.CustomEvent customEvent,
                           EarningRule.Ref segment,
                           EarningRule.Ref loyaltyTier,
                           String startDate,
                           String expirationDate,
                           ValidityTimeframe validityTimeframe,
                           List<Integer> validityDayOfWeek,
                           ValidityHours validityHours,
                           EarningRule.PendingPoints pendingPoints,
                           LoyaltyCardConfig.ExpirationRules expirationRules,
                           Map<String, Object> metadata,
                           EarningRule.Source source,
                           boolean active,
                           String object) {

    static EarningRuleResponse from(EarningRule rule) {
        EarningRule.Definition d = rule.definition();
        String banner = d.source() == null ? null : d.source().banner();
        return new EarningRuleResponse(rule.id(), rule.createdAt(), rule.updatedAt(), d.validationRuleId(),
                d.loyalty(), d.event(), d.customEvent(), d.segment(), d.loyaltyTier(), d.startDate(),
                d.expirationDate(), d.validityTimeframe(), d.validityDayOfWeek(), d.validityHours(),
                d.pendingPoints(), d.expirationRules(), d.metadata(),
                new EarningRule.Source(banner, rule.campaignId(), "campaign"), rule.active(), "earning_rule");
    }
}
