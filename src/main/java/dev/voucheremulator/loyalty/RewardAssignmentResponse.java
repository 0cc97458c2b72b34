package dev.voucheremulator.loyalty;

import java.time.Instant;

/** The spec's {@code RewardAssignment}: a reward offered by a loyalty program for points. */
record RewardAssignmentResponse(String id,
                                String rewardId,
                                String relatedObjectId,
                                String relatedObjectType,
                                Parameters parameters,
                                Instant createdAt,
                                Instant updatedAt,
                                String object) {

    record Parameters(Loyalty loyalty) {
    }

    record Loyalty(Long points) {
    }

    static RewardAssignmentResponse from(RewardAssignment a) {
        return new RewardAssignmentResponse(a.id(), a.rewardId(), a.campaignId(), "campaign",
                new Parameters(new Loyalty(a.points())), a.createdAt(), a.updatedAt(), "reward_assignment");
    }
}
