package dev.voucheremulator.campaign;

import dev.voucheremulator.analytics.AnalyticsService;
import dev.voucheremulator.api.error.ApiException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
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

    CampaignSummaries(CampaignService campaigns, AnalyticsService analytics, ApplicationEventPublisher events) {
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
        return CampaignSummaryResponse.of(campaign, analytics.totals(campaign.id(), from, to));
    }

    private static Instant parse(String name, String value, boolean endOfDay) {
        String text = value.trim();
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                return endOfDay
                        ? date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1)
                        : date.atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.invalidQueryParams("Query parameter '" + name
                    + "' should be a date (2024-01-01) or an ISO-8601 date-time (2024-01-01T10:00:00.000Z)");
        }
    }
}
