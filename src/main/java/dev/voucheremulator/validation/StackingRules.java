package dev.voucheremulator.validation;

import java.util.List;
import java.util.Map;

/**
 * A project's stacking rules as validations and redemptions apply them (the spec's {@code StackingRules}).
 * Category lists hold category ids.
 */
public record StackingRules(int redeemablesLimit,
                            int applicableRedeemablesLimit,
                            int applicableRedeemablesPerCategoryLimit,
                            int applicableExclusiveRedeemablesLimit,
                            int applicableExclusiveRedeemablesPerCategoryLimit,
                            Map<String, Integer> applicableRedeemablesCategoryLimits,
                            List<String> exclusiveCategories,
                            List<String> jointCategories,
                            String redeemablesApplicationMode,
                            String redeemablesSortingRule,
                            String redeemablesProductsApplicationMode,
                            String redeemablesNoEffectRule,
                            List<String> noEffectSkipCategories,
                            List<String> noEffectRedeemAnywayCategories,
                            String redeemablesRollbackOrderMode) {

    /** The rules of a project that has none: the schema's defaults, as recorded answers show them. */
    public static final StackingRules DEFAULTS = new StackingRules(30, 5, 1, 1, 1, Map.of(), List.of(), List.of(),
            "ALL", "REQUESTED_ORDER", "STACK", "REDEEM_ANYWAY", List.of(), List.of(), "WITH_ORDER");

    public StackingRules {
        applicableRedeemablesCategoryLimits = applicableRedeemablesCategoryLimits == null ? Map.of()
                : Map.copyOf(applicableRedeemablesCategoryLimits);
        exclusiveCategories = exclusiveCategories == null ? List.of() : List.copyOf(exclusiveCategories);
        jointCategories = jointCategories == null ? List.of() : List.copyOf(jointCategories);
        noEffectSkipCategories = noEffectSkipCategories == null ? List.of() : List.copyOf(noEffectSkipCategories);
        noEffectRedeemAnywayCategories = noEffectRedeemAnywayCategories == null ? List.of()
                : List.copyOf(noEffectRedeemAnywayCategories);
    }

    boolean partial() {
        return "PARTIAL".equals(redeemablesApplicationMode);
    }

    boolean byCategoryHierarchy() {
        return "CATEGORY_HIERARCHY".equals(redeemablesSortingRule);
    }

    int limitOf(String categoryId) {
        return applicableRedeemablesCategoryLimits.getOrDefault(categoryId, applicableRedeemablesPerCategoryLimit);
    }
}
