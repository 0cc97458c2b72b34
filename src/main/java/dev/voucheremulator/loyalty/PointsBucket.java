package dev.voucheremulator.loyalty;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Points added to a card at once, with their own expiry; spending and expiry lower {@code remaining}. */
@Entity
@Table(name = "loyalty_points_bucket")
class PointsBucket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String projectId;
    private String campaignId;
    private String voucherId;
    private long points;
    private long remaining;
    private LocalDate expiresOn;
    private Instant createdAt;

    protected PointsBucket() {
    }

    PointsBucket(String projectId, String campaignId, String voucherId, long points, LocalDate expiresOn,
                 Instant createdAt) {
        this.projectId = projectId;
        this.campaignId = campaignId;
        this.voucherId = voucherId;
        this.points = points;
        this.remaining = points;
        this.expiresOn = expiresOn;
        this.createdAt = createdAt;
    }

    Long id() { return id; }
    String campaignId() { return campaignId; }
    String voucherId() { return voucherId; }
    Instant createdAt() { return createdAt; }
    long remaining() { return remaining; }
    LocalDate expiresOn() { return expiresOn; }

    /** Takes up to {@code wanted} points; returns how many were taken. */
    long take(long wanted) {
        long taken = Math.min(wanted, remaining);
        remaining -= taken;
        return taken;
    }

    void giveBack(long points) {
        remaining += points;
    }
}
