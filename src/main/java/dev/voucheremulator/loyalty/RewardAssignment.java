package dev.voucheremulator.loyalty;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

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

    String id() { return id; }
    String rewardId() { return rewardId; }
    Long points() { return points; }

    /** The spec's {@code RewardAssignment}. */
    Map<String, Object> response() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("reward_id", rewardId);
        body.put("related_object_id", campaignId);
        body.put("related_object_type", "campaign");
        Map<String, Object> loyalty = new LinkedHashMap<>();
        loyalty.put("points", points);
        body.put("parameters", Map.of("loyalty", loyalty));
        body.put("created_at", createdAt);
        body.put("updated_at", updatedAt);
        body.put("object", "reward_assignment");
        return body;
    }
}
