package dev.voucheremulator.validation;

import dev.voucheremulator.api.error.ErrorBody;
import dev.voucheremulator.category.CategoryResponse;
import dev.voucheremulator.pricing.OrderCalculated;
import dev.voucheremulator.spec.Discount;
import java.util.List;
import java.util.Map;

/** Voucherify's {@code ValidationsValidateResponseBody}. */
public record ValidationResponse(String id,
                                 boolean valid,
                                 List<Redeemable> redeemables,
                                 List<Redeemable> skippedRedeemables,
                                 List<Redeemable> inapplicableRedeemables,
                                 OrderCalculated order,
                                 String trackingId,
                                 StackableRequest.SessionRequest session,
                                 StackingRules stackingRules) {

    // Recorded answers (the SDK's Validations snapshots) leave out skipped_ and inapplicable_redeemables
    // when there are none; redemptions, by contrast, answer both as [].
    public ValidationResponse {
        skippedRedeemables = skippedRedeemables == null || skippedRedeemables.isEmpty() ? null : skippedRedeemables;
        inapplicableRedeemables = inapplicableRedeemables == null || inapplicableRedeemables.isEmpty() ? null
                : inapplicableRedeemables;
    }

    /** One entry of {@code redeemables}: APPLICABLE, INAPPLICABLE or SKIPPED. */
    public record Redeemable(String status,
                             String id,
                             String object,
                             OrderCalculated order,
                             ResultList applicableTo,
                             ResultList inapplicableTo,
                             Result result,
                             Map<String, Object> metadata,
                             List<CategoryResponse> categories,
                             String campaignName,
                             String campaignId,
                             String name) {
    }

    /** {@code result}: the discount, the gift card or loyalty card effect, or why it does not apply. */
    record Result(Discount discount, GiftResult gift, LoyaltyResult loyaltyCard,
                  RewardResult reward, ErrorBody error, Details details) {
    }

    record GiftResult(Long balance, Long credits) {
    }

    record LoyaltyResult(Long points) {
    }

    record Details(String key, String message) {
    }

    /** {@code ApplicableToResultList} / {@code InapplicableToResultList}; without validation rules, empty. */
    record ResultList(List<Object> data, int total, String dataRef, String object) {

        static final ResultList EMPTY = new ResultList(List.of(), 0, "data", "list");
    }

    /**
     * The stacking rules the emulator applies: ALL mode in requested order, and no limit below the
     * 30 redeemables a request may carry (categories are not enforced).
     */
    record StackingRules(int redeemablesLimit,
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

        static final StackingRules DEFAULT = new StackingRules(30, 30, 30, 5, 5, Map.of(), List.of(), List.of(),
                "ALL", "REQUESTED_ORDER", "STACK", "REDEEM_ANYWAY", List.of(), List.of(), "WITH_ORDER");
    }
}
