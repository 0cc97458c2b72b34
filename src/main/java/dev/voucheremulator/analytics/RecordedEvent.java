package dev.voucheremulator.analytics;

import java.time.Instant;
import java.util.Map;

/** A stored {@link CampaignEvent}, as the dashboard's activity log reads it back. */
public record RecordedEvent(long id, String type, Instant occurredAt, Map<String, Long> deltas,
                            Map<String, Object> details) {
}
