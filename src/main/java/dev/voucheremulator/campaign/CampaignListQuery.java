package dev.voucheremulator.campaign;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.query.Filters;
import dev.voucheremulator.api.query.OrderParameter;
import dev.voucheremulator.api.query.Paging;
import dev.voucheremulator.api.query.QueryString;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The query of GET /v1/campaigns (and GET /v1/loyalties), checked. */
public record CampaignListQuery(Paging page, CampaignType campaignType, CampaignStatus campaignStatus,
                                Boolean isReferralCode, Sort sort, boolean expandCategory, Filters filters) {

    // Newest first unless asked otherwise; creation order breaks ties so pages never overlap.
    private static final OrderParameter<Sort> ORDERS = OrderParameter.sorts()
            .tieBreaks(Campaign_.SEQ)
            .field("created_at", Campaign_.CREATED_AT)
            // campaigns never updated have no updated_at: last in either direction
            .field("updated_at", Campaign_.UPDATED_AT, Sort.NullHandling.NULLS_LAST)
            .byDefault("-created_at");
    private static final List<String> EXPANDS = List.of("category", "access_settings_assignments");

    /** {@code filters}: the raw parameters, of which the {@code filters[...]} ones are read. */
    public static CampaignListQuery of(Integer limit, Integer page, CampaignType campaignType,
                                       CampaignStatus campaignStatus, Boolean isReferralCode, String order,
                                       List<String> expand, Map<String, String[]> filters) {
        return new CampaignListQuery(Paging.of(limit, page, 100), campaignType, campaignStatus, isReferralCode,
                ORDERS.parse(order), expandsCategory(expand),
                CampaignFilters.SYNTAX.read(QueryString.ofArrays(filters)));
    }

    PageRequest pageable() {
        return page.pageable(sort);
    }

    /** The project's live campaigns that match; {@code now} anchors the relative date filters. */
    Specification<Campaign> specification(String projectId, Instant now) {
        Specification<Campaign> spec = CampaignFilters.specification(filters, now).and((root, q, cb) ->
                cb.and(cb.equal(root.get(Campaign_.projectId), projectId), cb.isNull(root.get(Campaign_.deletedAt))));
        if (campaignType != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get(Campaign_.campaignType), campaignType));
        }
        if (campaignStatus != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get(Campaign_.creationStatus), campaignStatus));
        }
        if (isReferralCode != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get(Campaign_.isReferralCode), isReferralCode));
        }
        return spec;
    }

    private static boolean expandsCategory(List<String> expand) {
        if (expand == null) {
            return false;
        }
        List<String> values = expand.stream().flatMap(e -> Arrays.stream(e.split(","))).map(String::trim).toList();
        for (String value : values) {
            if (!EXPANDS.contains(value)) {
                throw ApiException.invalidQueryParams("Query parameter 'expand' should be one of " + EXPANDS);
            }
        }
        return values.contains("category");
    }
}
