package dev.voucheremulator.loyalty;

import dev.voucheremulator.voucher.LoyaltyCard;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A card's point state while it changes, and how spending takes points from its buckets. */
final class CardPoints {

    long points;
    long balance;
    long expired;
    long subtracted;
    Long pending;

    static CardPoints of(LoyaltyCard card) {
        CardPoints s = new CardPoints();
        if (card != null) {
            s.points = orZero(card.points());
            s.balance = orZero(card.balance());
            s.expired = orZero(card.expiredPoints());
            s.subtracted = orZero(card.subtractedPoints());
            s.pending = card.pendingPoints();
        }
        return s;
    }

    LoyaltyCard card(List<PointsBucket> live) {
        LocalDate next = live.stream().filter(b -> b.remaining() > 0).map(PointsBucket::expiresOn)
                .filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
        Long nextPoints = next == null ? null : live.stream()
                .filter(b -> next.equals(b.expiresOn())).mapToLong(PointsBucket::remaining).sum();
        return new LoyaltyCard(points, balance, next, nextPoints, pending, expired, subtracted);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    /**
     * Takes {@code wanted} points from the buckets, soonest expiry first; what the buckets do not hold
     * comes from the card's points outside any bucket (its starting points).
     */
    static void spend(List<PointsBucket> live, long balance, long wanted) {
        long inBuckets = live.stream().mapToLong(PointsBucket::remaining).sum();
        long outside = Math.max(0, balance - inBuckets);
        long left = wanted;
        for (PointsBucket bucket : live) {
            if (left == 0) {
                return;
            }
            if (bucket.expiresOn() == null && outside > 0) {
                // never-expiring points: the starting points go first, they are the oldest
                long fromOutside = Math.min(outside, left);
                outside -= fromOutside;
                left -= fromOutside;
            }
            left -= bucket.take(left);
        }
    }
}
