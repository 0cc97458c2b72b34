package dev.voucheremulator.validation;

import dev.voucheremulator.analytics.AnalyticsService;
import dev.voucheremulator.analytics.CampaignEvent;
import dev.voucheremulator.analytics.Counter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What validations tell the campaign summary: one event per redeemable, attributed to the campaign
 * of its voucher or promotion tier, in the caller's transaction. Redeemables without a campaign
 * count nowhere.
 */
@Component
class ValidationEvents {

    private final AnalyticsService analytics;

    ValidationEvents(AnalyticsService analytics) {
        this.analytics = analytics;
    }

    /** APPLICABLE counts as succeeded, INAPPLICABLE as failed; SKIPPED counts nowhere. */
    void validated(String projectId, Candidate c, Instant at) {
        if (c.campaignId() == null || c.skipped) {
            return;
        }
        boolean ok = c.failure == null;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(c.object(), c.id());
        if (!ok) {
            details.put("failure_code", c.failure.failureCode());
        }
        analytics.record(CampaignEvent.of(projectId, c.campaignId(), ok ? "validation.succeeded" : "validation.failed", at)
                .count(Counter.VALIDATIONS)
                .count(ok ? Counter.VALIDATIONS_SUCCEEDED : Counter.VALIDATIONS_FAILED)
                .details(details)
                .build());
    }
}
