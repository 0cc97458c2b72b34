package dev.voucheremulator.voucher;

import java.time.LocalDate;

/**
 * A loyalty card's point state (the spec's {@code SimpleLoyaltyCard}):
 * {@code balance = points - expired_points - subtracted_points - redemption.redeemed_points}.
 */
public record LoyaltyCard(Long points, Long balance, LocalDate nextExpirationDate, Long nextExpirationPoints,
                          Long pendingPoints, Long expiredPoints, Long subtractedPoints) {

    /** A new card: its starting points are all available. */
    public static LoyaltyCard issued(Long points) {
        long initial = points == null ? 0 : points;
        return new LoyaltyCard(initial, initial, null, null, null, null, null);
    }
}
