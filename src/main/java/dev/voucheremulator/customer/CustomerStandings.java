package dev.voucheremulator.customer;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * What other features know about customers that their {@code loyalty} and {@code referrals} figures
 * show: the loyalty cards they hold and the referrals they took part in. Implemented where those
 * facts live (loyalty programs, redemptions of referral codes) and read when a customer is answered,
 * never while redeeming. Each implementation fills what it knows; the rest stays empty.
 */
public interface CustomerStandings {

    /** The live loyalty cards held by these customers, with their balances as of now. */
    default List<Card> cards(String projectId, Collection<String> customerIds) {
        return List.of();
    }

    /** The referrals in which one of these customers is the referrer or the referee, oldest first. */
    default List<Referral> referrals(String projectId, Collection<String> customerIds) {
        return List.of();
    }

    /**
     * A loyalty card: {@code points} is its balance minus the points that expired by today, and
     * {@code loyaltyTierId} the tier that balance qualifies for (null when none).
     */
    record Card(String customerId, String voucherId, String code, String campaignId, String campaignName,
                long points, String loyaltyTierId, String loyaltyTierName) {
    }

    /** A referee converted by a referrer's code: what a redemption of a referral code records. */
    record Referral(String campaignId, String campaignName, String referrerId, String refereeId,
                    String relatedObjectId, String relatedObjectType, Instant date) {
    }
}
