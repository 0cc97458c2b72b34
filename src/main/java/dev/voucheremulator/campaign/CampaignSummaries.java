package dev.voucheremulator.campaign;

import dev.voucheremulator.analytics.AnalyticsService;
import dev.voucheremulator.analytics.Counter;
import dev.voucheremulator.api.cache.ProjectChanges;
import dev.voucheremulator.api.cache.ReadCache;
import dev.voucheremulator.api.query.QueryString;
import dev.voucheremulator.api.time.Timestamps;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** GET /v1/campaigns/{campaignId}/summary: the campaign's counters over an optional window. */
@Service
@Transactional(readOnly = true)
class CampaignSummaries {

    private final CampaignService campaigns;
    private final AnalyticsService analytics;
    private final ApplicationEventPublisher events;
    // The counters over a window with fixed ends change only with the project's data
    private final ReadCache<Window, Map<Counter, Long>> totals;

    private record Window(String campaignId, Instant from, Instant to) {
    }

    CampaignSummaries(CampaignService campaigns, AnalyticsService analytics, ApplicationEventPublisher events,
                      ProjectChanges changes) {
        this.totals = changes.cache(ProjectChanges.Scope.ANY, 10_000);
        this.campaigns = campaigns;
        this.analytics = analytics;
        this.events = events;
    }

    /**
     * {@code start_date} and {@code end_date} are dates ({@code 2024-01-01}: the whole day, UTC) or
     * date-times; both ends are inclusive. No transaction around it: the listeners of
     * {@link CampaignSummaryRequested} write in their own, and the counters are read after they committed.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    CampaignSummaryResponse summary(String projectId, String idOrName, String startDate, String endDate) {
        Instant from = startDate == null || startDate.isBlank() ? null : parse("start_date", startDate, false);
        Instant to = endDate == null || endDate.isBlank() ? null : parse("end_date", endDate, true);
        CampaignResponse campaign = campaigns.getBase(projectId, idOrName);
        events.publishEvent(new CampaignSummaryRequested(projectId, campaign.id(), campaign.campaignType()));
        // a loyalty program's summary first expires due points (the listener above), so it is never kept
        Map<Counter, Long> counters = campaign.campaignType() == CampaignType.LOYALTY_PROGRAM
                ? analytics.totals(campaign.id(), from, to)
                : totals.get(projectId, new Window(campaign.id(), from, to),
                        () -> analytics.totals(campaign.id(), from, to));
        return CampaignSummaryResponse.of(campaign, counters);
    }

    // A plain end date includes its whole day.
    private static Instant parse(String name, String value, boolean endOfDay) {
        Instant at = QueryString.instant(name, value);
        return endOfDay && Timestamps.isDate(value) ? at.plus(1, ChronoUnit.DAYS).minusMillis(1) : at;
    }
}
