package dev.voucheremulator.loyalty;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.time.Instant;
import java.util.Map;

/** The spec's {@code LoyaltyTier}. */
record LoyaltyTierResponse(String id,
                           String name,
                           String campaignId,
                           Map<String, MappingPoints> earningRules,
                           Map<String, MappingPoints> rewards,
                           LoyaltyTierRequest.PointsRange points,
                           Config config,
                           Map<String, Object> metadata,
                           Instant createdAt,
                           @JsonInclude(Include.ALWAYS) Instant updatedAt,
                           String object) {

    record Config(LoyaltyTierRequest.PointsRange points) {
    }

    static LoyaltyTierResponse from(LoyaltyTier t) {
        LoyaltyTierRequest.PointsRange points = new LoyaltyTierRequest.PointsRange(t.pointsFrom(), t.pointsTo());
        LoyaltyTier.Definition d = t.definition();
        return new LoyaltyTierResponse(t.id(), t.name(), t.campaignId(),
                d == null || d.earningRules() == null ? Map.of() : d.earningRules(),
                d == null || d.rewards() == null ? Map.of() : d.rewards(),
                points, new Config(points), t.metadata(), t.createdAt(), t.updatedAt(), "loyalty_tier");
    }
}
