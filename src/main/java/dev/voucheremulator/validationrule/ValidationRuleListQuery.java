package dev.voucheremulator.validationrule;

import dev.voucheremulator.api.query.QueryParams;
import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.paging.PageQuery;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The query of GET /v1/validation-rules, checked; {@code start_date}/{@code end_date} bound {@code created_at}. */
record ValidationRuleListQuery(PageQuery page, Sort sort, Instant startDate, Instant endDate) {

    private static final List<String> ORDERS = List.of("created_at", "-created_at", "updated_at", "-updated_at",
            "name", "-name");

    static ValidationRuleListQuery of(Integer limit, Integer page, String order, String startDate, String endDate) {
        return new ValidationRuleListQuery(PageQuery.of(limit, page, 100), sort(order, ORDERS),
                instant("start_date", startDate), instant("end_date", endDate));
    }

    PageRequest pageable() {
        return PageRequest.of(page.zeroBasedPage(), page.limit(), sort);
    }

    // Newest first unless asked otherwise; creation order breaks ties so pages never overlap.
    static Sort sort(String order, List<String> allowed) {
        if (order == null || order.isBlank()) {
            return Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("seq"));
        }
        if (!allowed.contains(order)) {
            throw ApiException.invalidQueryParams("Query parameter 'order' should be one of " + allowed);
        }
        boolean descending = order.startsWith("-");
        String field = order.substring(descending ? 1 : 0);
        String property = switch (field) {
            case "created_at" -> "createdAt";
            case "updated_at" -> "updatedAt";
            default -> field;
        };
        Sort.Order primary = descending ? Sort.Order.desc(property) : Sort.Order.asc(property);
        if (property.equals("updatedAt")) {
            primary = primary.nullsLast();
        }
        return Sort.by(primary, descending ? Sort.Order.desc("seq") : Sort.Order.asc("seq"));
    }

    private static Instant instant(String parameter, String value) {
        return QueryParams.instant(parameter, value);
    }
}
