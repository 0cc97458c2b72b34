package dev.voucheremulator.management;

import dev.voucheremulator.management.StackingRulesBodies.Rules;
import dev.voucheremulator.validation.StackingPolicy;
import dev.voucheremulator.validation.StackingRules;
import org.springframework.stereotype.Component;

/** The stacking rules of a /v1 project, from its Management API settings (kept in memory, see the cache). */
@Component
class ManagedStackingPolicy implements StackingPolicy {

    private final ProjectSettingsCache settings;

    ManagedStackingPolicy(ProjectSettingsCache settings) {
        this.settings = settings;
    }

    @Override
    public StackingRules rulesOf(String projectId) {
        Rules r = settings.of(projectId).stackingRules();
        if (r == null) {
            return StackingRules.DEFAULTS;
        }
        return new StackingRules(r.redeemablesLimit(), r.applicableRedeemablesLimit(),
                r.applicableRedeemablesPerCategoryLimit(), r.applicableExclusiveRedeemablesLimit(),
                r.applicableExclusiveRedeemablesPerCategoryLimit(), r.applicableRedeemablesCategoryLimits(),
                r.exclusiveCategories(), r.jointCategories(), r.redeemablesApplicationMode(),
                r.redeemablesSortingRule(), r.redeemablesProductsApplicationMode(), r.redeemablesNoEffectRule(),
                r.noEffectSkipCategories(), r.noEffectRedeemAnywayCategories(), r.redeemablesRollbackOrderMode());
    }
}
