/**
 * Campaign analytics: the append-only event log and the hourly and daily counters behind
 * GET /v1/campaigns/{id}/summary and the dashboard's series. Exposes {@link dev.voucheremulator.analytics.AnalyticsService},
 * which other features call inside their own transactions to record what happened, or outside any
 * (a validation that writes nothing else) to have their events committed together with those of
 * concurrent callers.
 */
@ApplicationModule(displayName = "Analytics")
package dev.voucheremulator.analytics;

import org.springframework.modulith.ApplicationModule;
