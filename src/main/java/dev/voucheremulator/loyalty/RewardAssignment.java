package dev.voucheremulator.loyalty;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reward a loyalty program offers, and its price in points. */
@Entity
@Table(name = "reward_assignment")
class RewardAssignment {

    @Id
    private String id;
    private String projectId;
    private String rewardId;
    private String campaignId;
    private Long points;
    private Instant createdAt;
    private Instant updatedAt;

    protected RewardAssignment() {
    }

    RewardAssignment(String id, String projectId, String rewardId, String campaignId, Long points, Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.rewardId = rewardId;
        this.campaignId = campaignId;
        this.points = points;
        this.createdAt = createdAt;
    }

    void price(Long points, Instant now) {
        this.points = points;
        this.updatedAt = now;
    }

    String id() { return id; }
    String rewardId() { return rewardId; }
    String campaignId() { return campaignId; }
    Long points() { return points; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
}
