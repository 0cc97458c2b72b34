package dev.voucheremulator.management;

import dev.voucheremulator.api.error.ApiException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Bodies of the stacking rules operations. */
final class StackingRulesBodies {

    private StackingRulesBodies() {
    }

    /**
     * {@code ManagementProjectsStackingRulesCreateRequestBody} and {@code ...UpdateRequestBody}: the same
     * shape; what is left out keeps its value (Voucherify's defaults on creation).
     */
    record StackingRulesRequest(@Size(max = 100) List<@NotBlank @Size(max = 255) String> exclusiveCategories,
                                @Size(max = 100) List<@NotBlank @Size(max = 255) String> jointCategories,
                                @Min(1) @Max(30) Integer redeemablesLimit,
                                @Min(1) @Max(30) Integer applicableRedeemablesLimit,
                                @Min(1) @Max(30) Integer applicableRedeemablesPerCategoryLimit,
                                @Size(max = 100) Map<@NotBlank @Size(max = 255) String, @NotNull @Min(1) @Max(30) Integer>
                                        applicableRedeemablesCategoryLimits,
                                @Min(1) @Max(5) Integer applicableExclusiveRedeemablesLimit,
                                @Min(1) @Max(30) Integer applicableExclusiveRedeemablesPerCategoryLimit,
                                @Pattern(regexp = "INITIAL_AMOUNT|DISCOUNTED_AMOUNT") String discountCalculationMode,
                                @Size(max = 100) List<@NotBlank @Size(max = 255) String> initialAmountModeCategories,
                                @Size(max = 100) List<@NotBlank @Size(max = 255) String> discountedAmountModeCategories,
                                @Pattern(regexp = "ALL|PARTIAL") String redeemablesApplicationMode,
                                @Pattern(regexp = "CATEGORY_HIERARCHY|REQUESTED_ORDER") String redeemablesSortingRule,
                                @Pattern(regexp = "STACK|ONCE") String redeemablesProductsApplicationMode,
                                @Pattern(regexp = "REDEEM_ANYWAY|SKIP") String redeemablesNoEffectRule,
                                @Size(max = 100) List<@NotBlank @Size(max = 255) String> noEffectSkipCategories,
                                @Size(max = 100) List<@NotBlank @Size(max = 255) String> noEffectRedeemAnywayCategories,
                                @Pattern(regexp = "WITH_ORDER|WITHOUT_ORDER") String redeemablesRollbackOrderMode) {
    }

    /** The stored rules, every value filled. */
    record Rules(List<String> exclusiveCategories, List<String> jointCategories, int redeemablesLimit,
                 int applicableRedeemablesLimit, int applicableRedeemablesPerCategoryLimit,
                 Map<String, Integer> applicableRedeemablesCategoryLimits, int applicableExclusiveRedeemablesLimit,
                 int applicableExclusiveRedeemablesPerCategoryLimit, String discountCalculationMode,
                 List<String> initialAmountModeCategories, List<String> discountedAmountModeCategories,
                 String redeemablesApplicationMode, String redeemablesSortingRule,
                 String redeemablesProductsApplicationMode, String redeemablesNoEffectRule,
                 List<String> noEffectSkipCategories, List<String> noEffectRedeemAnywayCategories,
                 String redeemablesRollbackOrderMode) {

        /** A project's rules before any are created. */
        static final Rules DEFAULTS = new Rules(List.of(), List.of(), 30, 5, 1, Map.of(), 1, 1, "INITIAL_AMOUNT",
                List.of(), List.of(), "ALL", "REQUESTED_ORDER", "STACK", "REDEEM_ANYWAY", List.of(), List.of(),
                "WITH_ORDER");

        Rules with(StackingRulesRequest s) {
            Rules rules = new Rules(or(s.exclusiveCategories(), exclusiveCategories),
                    or(s.jointCategories(), jointCategories), or(s.redeemablesLimit(), redeemablesLimit),
                    or(s.applicableRedeemablesLimit(), applicableRedeemablesLimit),
                    or(s.applicableRedeemablesPerCategoryLimit(), applicableRedeemablesPerCategoryLimit),
                    or(s.applicableRedeemablesCategoryLimits(), applicableRedeemablesCategoryLimits),
                    or(s.applicableExclusiveRedeemablesLimit(), applicableExclusiveRedeemablesLimit),
                    or(s.applicableExclusiveRedeemablesPerCategoryLimit(),
                            applicableExclusiveRedeemablesPerCategoryLimit),
                    or(s.discountCalculationMode(), discountCalculationMode),
                    or(s.initialAmountModeCategories(), initialAmountModeCategories),
                    or(s.discountedAmountModeCategories(), discountedAmountModeCategories),
                    or(s.redeemablesApplicationMode(), redeemablesApplicationMode),
                    or(s.redeemablesSortingRule(), redeemablesSortingRule),
                    or(s.redeemablesProductsApplicationMode(), redeemablesProductsApplicationMode),
                    or(s.redeemablesNoEffectRule(), redeemablesNoEffectRule),
                    or(s.noEffectSkipCategories(), noEffectSkipCategories),
                    or(s.noEffectRedeemAnywayCategories(), noEffectRedeemAnywayCategories),
                    or(s.redeemablesRollbackOrderMode(), redeemablesRollbackOrderMode));
            rules.check();
            return rules;
        }

        /** The limits the spec ties to each other, and the no-effect lists that must not overlap. */
        private void check() {
            if (applicableRedeemablesLimit > redeemablesLimit) {
                throw invalid("'applicable_redeemables_limit' should be at most 'redeemables_limit'");
            }
            if (applicableRedeemablesPerCategoryLimit > applicableRedeemablesLimit) {
                throw invalid("'applicable_redeemables_per_category_limit' should be at most "
                        + "'applicable_redeemables_limit'");
            }
            if (applicableExclusiveRedeemablesPerCategoryLimit > applicableExclusiveRedeemablesLimit) {
                throw invalid("'applicable_exclusive_redeemables_per_category_limit' should be at most "
                        + "'applicable_exclusive_redeemables_limit'");
            }
            if (noEffectSkipCategories.stream().anyMatch(Set.copyOf(noEffectRedeemAnywayCategories)::contains)) {
                throw invalid("'no_effect_skip_categories' and 'no_effect_redeem_anyway_categories' should not overlap");
            }
        }

        private static ApiException invalid(String details) {
            return ApiException.invalidPayload(details);
        }
    }

    /** {@code ManagementProjectsStackingRulesCreateResponseBody} (and the get, update and list item). */
    record StackingRulesResponse(String id, List<String> exclusiveCategories, List<String> jointCategories,
                                 int redeemablesLimit, int applicableRedeemablesLimit,
                                 int applicableRedeemablesPerCategoryLimit,
                                 Map<String, Integer> applicableRedeemablesCategoryLimits,
                                 int applicableExclusiveRedeemablesLimit,
                                 int applicableExclusiveRedeemablesPerCategoryLimit, String discountCalculationMode,
                                 List<String> initialAmountModeCategories,
                                 List<String> discountedAmountModeCategories, String redeemablesApplicationMode,
                                 String redeemablesSortingRule, String redeemablesProductsApplicationMode,
                                 String redeemablesNoEffectRule, List<String> noEffectSkipCategories,
                                 List<String> noEffectRedeemAnywayCategories, String redeemablesRollbackOrderMode,
                                 Instant createdAt, Instant updatedAt) {

        static StackingRulesResponse from(ManagementResourceStore.Stored<Rules> s) {
            Rules r = s.body();
            return new StackingRulesResponse(s.id(), r.exclusiveCategories(), r.jointCategories(),
                    r.redeemablesLimit(), r.applicableRedeemablesLimit(), r.applicableRedeemablesPerCategoryLimit(),
                    r.applicableRedeemablesCategoryLimits(), r.applicableExclusiveRedeemablesLimit(),
                    r.applicableExclusiveRedeemablesPerCategoryLimit(), r.discountCalculationMode(),
                    r.initialAmountModeCategories(), r.discountedAmountModeCategories(),
                    r.redeemablesApplicationMode(), r.redeemablesSortingRule(),
                    r.redeemablesProductsApplicationMode(), r.redeemablesNoEffectRule(), r.noEffectSkipCategories(),
                    r.noEffectRedeemAnywayCategories(), r.redeemablesRollbackOrderMode(), s.createdAt(),
                    s.updatedAt());
        }
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
