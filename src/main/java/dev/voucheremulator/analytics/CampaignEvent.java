package dev.voucheremulator.analytics;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * Something that happened to a campaign, and which summary counters it moves.
 *
 * @param type    what happened, e.g. {@code redemption.succeeded}; the dashboard's activity log shows it
 * @param deltas  counter increments; failures count too (e.g. redemptions_failed). Empty for an entry
 *                that is only for the activity log (a campaign change), which no summary counts
 * @param details free-form context for people: voucher code, order id, failure reason, payload
 */
public record CampaignEvent(String projectId, String campaignId, String type, Instant occurredAt,
                            Map<Counter, Long> deltas, Map<String, Object> details) {

    public CampaignEvent {
        deltas = Map.copyOf(deltas);
        details = details == null ? Map.of() : details;
    }

    public static Builder of(String projectId, String campaignId, String type, Instant occurredAt) {
        return new Builder(projectId, campaignId, type, occurredAt);
    }

    public static final class Builder {
        private final String projectId;
        private final String campaignId;
        private final String type;
        private final Instant occurredAt;
        private final Map<Counter, Long> deltas = new EnumMap<>(Counter.class);
        private Map<String, Object> details = Map.of();

        private Builder(String projectId, String campaignId, String type, Instant occurredAt) {
            this.projectId = projectId;
            this.campaignId = campaignId;
            this.type = type;
            this.occurredAt = occurredAt;
        }

        /** Adds {@code amount} to a counter; zero amounts are left out. */
        public Builder add(Counter counter, long amount) {
            if (amount != 0) {
                deltas.merge(counter, amount, Long::sum);
            }
            return this;
        }

        public Builder count(Counter counter) {
            return add(counter, 1);
        }

        public Builder details(Map<String, Object> details) {
            this.details = details;
            return this;
        }

        public CampaignEvent build() {
            return new CampaignEvent(projectId, campaignId, type, occurredAt, deltas, details);
        }
    }
}
