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

    /** A redeemable as validations show it (redemptions list their inapplicable and skipped ones this way). */
    public static Redeemable describe(Candidate c) {
        return ValidationService.redeemable(c, false);
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
}
