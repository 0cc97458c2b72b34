package dev.voucheremulator.validation;

import dev.voucheremulator.category.CategoryResponse;
import dev.voucheremulator.pricing.OrderCalculated;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The spec's {@code QualificationsCheckEligibilityResponseBody}. */
record QualificationResponse(Redeemables redeemables, String trackingId, OrderCalculated order,
                             StackingRules stackingRules) {

    /** {@code QualificationsRedeemables}: one page, {@code more_starting_after} is the next page's cursor. */
    record Redeemables(String object, String dataRef, List<Qualified> data, int total, boolean hasMore,
                       Instant moreStartingAfter) {
    }

    /** {@code QualificationsRedeemable}: a redeemable that applies, and what it would do to the order. */
    record Qualified(String id, String object, Instant createdAt, ValidationResponse.Result result,
                     OrderCalculated order, ValidationResponse.ResultList applicableTo,
                     ValidationResponse.ResultList inapplicableTo, Map<String, Object> metadata,
                     List<CategoryResponse> categories, String banner, String name, String campaignName,
                     String campaignId) {
    }
}
