package dev.voucheremulator.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The spec's {@code CustomerWithSummaryLoyaltyReferrals}: what create, get, update and list answer.
 * The summary is summed from the customer's activity, so it follows every redemption and rollback;
 * {@code loyalty} and {@code referrals} come from {@link CustomerStandings}, read with the customer.
 */
public record CustomerWithSummary(String id, String sourceId, Summary summary, Loyalty loyalty, Referrals referrals,
                           Map<String, Object> systemMetadata, Instant createdAt, Instant updatedAt,
                           String name, String description, String email, String phone, LocalDate birthday,
                           LocalDate birthdate, Address address, Map<String, Object> metadata,
                           String object) {

    public record Summary(Redemptions redemptions, Orders orders) {
    }

    public record Redemptions(long totalRedeemed, long totalFailed, long totalSucceeded, long totalRolledBack,
                       long totalRollbackFailed, long totalRollbackSucceeded, Gift gift, LoyaltyCard loyaltyCard) {
    }

    // amount_to_go and points_to_go would need the balances of the customer's cards: not emulated, 0
    public record Gift(long redeemedAmount, long amountToGo) {
    }

    public record LoyaltyCard(long redeemedPoints, long pointsToGo) {
    }

    public record Orders(long totalAmount, long totalCount, long averageAmount, long lastOrderAmount,
                  Instant lastOrderDate) {
    }

    /** CustomerLoyalty: the points of every card held, the customers referred; per campaign name. */
    public record Loyalty(long points, long referredCustomers, Map<String, LoyaltyCampaign> campaigns) {

        static final Loyalty NONE = new Loyalty(0, 0, Map.of());
    }

    /** A loyalty program's entry has points (and a tier), a referral program's the customers referred. */
    public record LoyaltyCampaign(Long points, String loyaltyTier, Long referredCustomers) {
    }

    /** CustomerReferrals: the times this customer was referred, one entry each. */
    public record Referrals(long total, List<ReferralCampaign> campaigns) {

        static final Referrals NONE = new Referrals(0, List.of());
    }

    public record ReferralCampaign(String campaignId, String referrerId, String relatedObjectId,
                                   String relatedObjectType, Instant date) {
    }

    static CustomerWithSummary from(Customer c, CustomerActivityRepository.Figures f, Loyalty loyalty,
                                    Referrals referrals) {
        long redeemed = f == null ? 0 : f.getRedeemed();
        long failed = f == null ? 0 : f.getFailed();
        long rolledBack = f == null ? 0 : f.getRolledBack();
        long rollbackFailed = f == null ? 0 : f.getRollbackFailed();
        long orderCount = f == null ? 0 : f.getOrderCount();
        long orderAmount = f == null ? 0 : f.getOrderAmount();
        Summary summary = new Summary(
                new Redemptions(redeemed + failed, failed, redeemed, rolledBack + rollbackFailed, rollbackFailed,
                        rolledBack, new Gift(f == null ? 0 : f.getGiftAmount(), 0),
                        new LoyaltyCard(f == null ? 0 : f.getPoints(), 0)),
                new Orders(orderAmount, orderCount, orderCount == 0 ? 0 : orderAmount / orderCount,
                        f == null || f.getLastOrderAmount() == null ? 0 : f.getLastOrderAmount(),
                        f == null ? null : f.getLastOrderDate()));
        return new CustomerWithSummary(c.id(), c.sourceId(), summary, loyalty == null ? Loyalty.NONE : loyalty,
                referrals == null ? Referrals.NONE : referrals, Map.of(), c.createdAt(), c.updatedAt(), c.name(), c.description(),
                c.email(), c.phone(), c.birthday(), c.birthdate(), c.address(),
                c.metadata() == null || c.metadata().isEmpty() ? null : c.metadata(), "customer");
    }
}
