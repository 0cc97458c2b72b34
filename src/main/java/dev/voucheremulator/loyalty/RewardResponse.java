package dev.voucheremulator.loyalty;

import java.time.Instant;
import java.util.Map;

/** The spec's {@code Reward}. Stock is not kept, so a reward with a stock has redeemed none of it. */
record RewardResponse(String id,
                      String name,
                      Long stock,
                      Long redeemed,
                      Reward.Attributes attributes,
                      Map<String, Object> metadata,
                      Reward.Type type,
                      RewardParameters parameters,
                      Instant createdAt,
                      Instant updatedAt,
                      String object) {

    static RewardResponse from(Reward r) {
        Reward.Definition d = r.definition();
        return new RewardResponse(r.id(), r.name(), d.stock(), d.stock() == null ? null : 0L,
                // recorded: attributes null when none were sent, metadata {}
                d.attributes(), d.metadata() == null ? Map.of() : d.metadata(), r.type(), d.parameters(), r.createdAt(),
                r.updatedAt(), "reward");
    }
}
