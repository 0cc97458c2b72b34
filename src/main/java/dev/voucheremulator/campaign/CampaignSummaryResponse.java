package dev.voucheremulator.campaign;

import static dev.voucheremulator.analytics.Counter.*;

import dev.voucheremulator.analytics.Counter;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code CampaignsSummaryGetResponseBody}: one of five variants by campaign type. Counters of
 * another variant are null, and so absent; every counter of the campaign's own variant is present.
 */
record CampaignSummaryResponse(String object,
                               CampaignResponse campaign,
                               Long redemptions,
                               Long redemptionsSucceeded,
                               Long redemptionsFailed,
                               Long rollbacks,
                               Long rollbacksSucceeded,
                               Long rollbacksFailed,
                               Long validations,
                               Long validationsSucceeded,
                               Long validationsFailed,
                               Long vouchersCreated,
                               Long vouchersDeleted,
                               Long publications,
                               Long publicationsSucceeded,
                               Long publicationsFailed,
                               Long discountedAmount,
                               Long rolledbackDiscountedAmount,
                               Long ordersAmount,
                               Long ordersRolledbackAmount,
                               Long createdVouchersAmount,
                               Long amountAdded,
                               Long amountDeleted,
                               Long amountRedeemed,
                               Long amountRolledback,
                               Long amountSubtracted,
                               Long createdVouchersPoints,
                               Long pointsDeleted,
                               Long pointsSubtracted,
                               Long pointsAdded,
                               Long pointsRewarded,
                               Long pointsRedeemed,
                               Long pointsRolledback,
                               Long pointsExpired,
                               Long pointsTransferredOut,
                               Long pointsTransferredIn,
                               Long pendingPointsAdded,
                               Long pendingPointsSubtracted,
                               Long pendingPointsActivated,
                               Long pendingPointsCanceled,
                               Long referredCustomers) {

    private static final Set<Counter> BASE = EnumSet.of(REDEMPTIONS, REDEMPTIONS_SUCCEEDED, REDEMPTIONS_FAILED,
            ROLLBACKS, ROLLBACKS_SUCCEEDED, ROLLBACKS_FAILED, VALIDATIONS, VALIDATIONS_SUCCEEDED, VALIDATIONS_FAILED,
            ORDERS_AMOUNT, ORDERS_ROLLEDBACK_AMOUNT);
    private static final Set<Counter> VOUCHERS = EnumSet.of(VOUCHERS_CREATED, VOUCHERS_DELETED, PUBLICATIONS,
            PUBLICATIONS_SUCCEEDED, PUBLICATIONS_FAILED);
    private static final Set<Counter> DISCOUNTS = EnumSet.of(DISCOUNTED_AMOUNT, ROLLEDBACK_DISCOUNTED_AMOUNT);
    private static final Set<Counter> GIFT = EnumSet.of(CREATED_VOUCHERS_AMOUNT, AMOUNT_ADDED, AMOUNT_DELETED,
            AMOUNT_REDEEMED, AMOUNT_ROLLEDBACK, AMOUNT_SUBTRACTED);
    private static final Set<Counter> LOYALTY = EnumSet.range(CREATED_VOUCHERS_POINTS, PENDING_POINTS_CANCELED);

    /** The counters of each type's variant (CampaignsSummary{Discount,Promotion,Gift,Loyalty,Referral}Campaign). */
    static Set<Counter> countersOf(CampaignType type) {
        Set<Counter> counters = EnumSet.copyOf(BASE);
        switch (type) {
            case DISCOUNT_COUPONS -> {
                counters.addAll(VOUCHERS);
                counters.addAll(DISCOUNTS);
            }
            case PROMOTION -> counters.addAll(DISCOUNTS);
            case GIFT_VOUCHERS -> {
                counters.addAll(VOUCHERS);
                counters.addAll(GIFT);
            }
            case LOYALTY_PROGRAM -> {
                counters.addAll(VOUCHERS);
                counters.addAll(LOYALTY);
            }
            case REFERRAL_PROGRAM -> {
                counters.addAll(VOUCHERS);
                counters.add(REFERRED_CUSTOMERS);
            }
        }
        return counters;
    }

    static CampaignSummaryResponse of(CampaignResponse campaign, Map<Counter, Long> totals) {
        Set<Counter> shown = countersOf(campaign.campaignType());
        java.util.function.Function<Counter, Long> v = c -> shown.contains(c) ? totals.getOrDefault(c, 0L) : null;
        return new CampaignSummaryResponse("campaign_summary", campaign,
                v.apply(REDEMPTIONS), v.apply(REDEMPTIONS_SUCCEEDED), v.apply(REDEMPTIONS_FAILED),
                v.apply(ROLLBACKS), v.apply(ROLLBACKS_SUCCEEDED), v.apply(ROLLBACKS_FAILED),
                v.apply(VALIDATIONS), v.apply(VALIDATIONS_SUCCEEDED), v.apply(VALIDATIONS_FAILED),
                v.apply(VOUCHERS_CREATED), v.apply(VOUCHERS_DELETED),
                v.apply(PUBLICATIONS), v.apply(PUBLICATIONS_SUCCEEDED), v.apply(PUBLICATIONS_FAILED),
                v.apply(DISCOUNTED_AMOUNT), v.apply(ROLLEDBACK_DISCOUNTED_AMOUNT),
                v.apply(ORDERS_AMOUNT), v.apply(ORDERS_ROLLEDBACK_AMOUNT),
                v.apply(CREATED_VOUCHERS_AMOUNT), v.apply(AMOUNT_ADDED), v.apply(AMOUNT_DELETED),
                v.apply(AMOUNT_REDEEMED), v.apply(AMOUNT_ROLLEDBACK), v.apply(AMOUNT_SUBTRACTED),
                v.apply(CREATED_VOUCHERS_POINTS), v.apply(POINTS_DELETED), v.apply(POINTS_SUBTRACTED),
                v.apply(POINTS_ADDED), v.apply(POINTS_REWARDED), v.apply(POINTS_REDEEMED), v.apply(POINTS_ROLLEDBACK),
                v.apply(POINTS_EXPIRED), v.apply(POINTS_TRANSFERRED_OUT), v.apply(POINTS_TRANSFERRED_IN),
                v.apply(PENDING_POINTS_ADDED), v.apply(PENDING_POINTS_SUBTRACTED), v.apply(PENDING_POINTS_ACTIVATED),
                v.apply(PENDING_POINTS_CANCELED), v.apply(REFERRED_CUSTOMERS));
    }
}
