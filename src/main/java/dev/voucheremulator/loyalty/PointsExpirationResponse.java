package dev.voucheremulator.loyalty;

import java.time.Instant;
import java.time.LocalDate;

/** The spec's {@code LoyaltyPointsBucket}: points of a card that expire together, and what is left of them. */
record PointsExpirationResponse(String id, String voucherId, String campaignId, Bucket bucket, String status,
                                LocalDate expiresAt, Instant createdAt, String object) {

    record Bucket(long totalPoints) {
    }

    static PointsExpirationResponse from(PointsBucket b) {
        // buckets are numbered here; the id keeps Voucherify's lopb_ prefix and 24 characters
        return new PointsExpirationResponse("lopb_" + String.format("%024d", b.id()), b.voucherId(), b.campaignId(),
                new Bucket(b.remaining()), "ACTIVE", b.expiresOn(), b.createdAt(), "loyalty_points_bucket");
    }
}
