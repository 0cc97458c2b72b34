package dev.voucheremulator.validation;

import dev.voucheremulator.analytics.AnalyticsService;
import dev.voucheremulator.analytics.CampaignEvent;
import dev.voucheremulator.analytics.Counter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What validations tell the campaign summary: one event per redeemable, attributed to the campaign
 * of its voucher or promotion tier. Redeemables without a campaign count nowhere.
 */
@Component
class ValidationEvents {

    private final AnalyticsService analytics;

    ValidationEvents(AnalyticsService analytics) {
        this.analytics = analytics;
    }

    /** The stack's events: APPLICABLE counts as succeeded, INAPPLICABLE as failed; SKIPPED counts nowhere. */
    List<CampaignEvent> of(String projectId, Stack stack, Instant at) {
        List<CampaignEvent> events = new ArrayList<>();
        for (Candidate c : stack.candidates()) {
            if (c.campaignId() != null && !c.skipped) {
                events.add(validated(projectId, c, at));
            }
        }
        return events;
    }

    /** Recorded in the caller's transaction. */
    void record(List<CampaignEvent> events) {
        events.forEach(analytics::record);
    }

    /** Recorded with no transaction around: returns once they are committed. */
    void recordCommitted(List<CampaignEvent> events) {
        analytics.recordCommitted(events);
    }

    private static CampaignEvent validated(String projectId, Candidate c, Instant at) {
        boolean ok = c.failure == null;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(c.object(), c.id());
        if (!ok) {
            details.put("failure_code", c.failure.failureCode());
        }
        return CampaignEvent.of(projectId, c.campaignId(), ok ? "validation.succeeded" : "validation.failed", at)
                .count(Counter.VALIDATIONS)
                .count(ok ? Counter.VALIDATIONS_SUCCEEDED : Counter.VALIDATIONS_FAILED)
                .details(details)
                .build();
    }
}
