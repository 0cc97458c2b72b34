package dev.voucheremulator.campaign;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.paging.PageQuery;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;

/** The query of GET /v1/campaigns (and GET /v1/loyalties), checked. */
public record CampaignListQuery(PageQuery page, CampaignType campaignType, CampaignStatus campaignStatus,
                         Boolean isReferralCode, Sort sort, boolean expandCategory,
                         Map<String, String[]> rawParameters) {

    private static final List<String> ORDERS = List.of("created_at", "-created_at", "updated_at", "-updated_at");
    private static final List<String> EXPANDS = List.of("category", "access_settings_assignments");

    public static CampaignListQuery of(Integer limit, Integer page, CampaignType campaignType, CampaignStatus campaignStatus,
                                Boolean isReferralCode, String order, List<String> expand,
                                Map<String, String[]> rawParameters) {
        return new CampaignListQuery(PageQuery.of(limit, page, 100), campaignType, campaignStatus, isReferralCode,
                sort(order), expandsCategory(expand), rawParameters);
    }

    // Newest first unless asked otherwise; creation order breaks ties so pages never overlap.
    private static Sort sort(String order) {
        if (order == null) {
            return Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("seq"));
        }
        if (!ORDERS.contains(order)) {
            throw ApiException.invalidQueryParams("Query parameter 'order' should be one of " + ORDERS);
        }
        boolean descending = order.startsWith("-");
        String property = order.endsWith("created_at") ? "createdAt" : "updatedAt";
        Sort.Order primary = descending ? Sort.Order.desc(property) : Sort.Order.asc(property);
        if (property.equals("updatedAt")) {
            // never-updated campaigns have no updated_at: they sort as if updated at creation
            primary = primary.nullsLast();
        }
        return Sort.by(primary, descending ? Sort.Order.desc("seq") : Sort.Order.asc("seq"));
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
