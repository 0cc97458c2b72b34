package dev.voucheremulator.redemption;

import dev.voucheremulator.api.query.QueryParams;
import static dev.voucheremulator.api.query.QueryParams.integer;
import static dev.voucheremulator.api.query.QueryParams.single;

import dev.voucheremulator.api.error.ApiException;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * The query of GET /v1/redemptions, read from the raw parameter map because the date filters are
 * bracketed ({@code created_at[before]}). Unset filters are null.
 */
record RedemptionListQuery(int limit,
                           int page,
                           List<Redemption.Result> results,
                           String campaign,
                           String customer,
                           Order order,
                           Instant createdBefore,
                           Instant createdAfter) {

    /** ParameterOrderListRedemptions; a leading {@code -} sorts descending. */
    enum Order {
        CREATED_AT("created_at", "createdAt", true), CREATED_AT_DESC("-created_at", "createdAt", false),
        ID("id", "id", true), ID_DESC("-id", "id", false),
        VOUCHER_CODE("voucher_code", "voucherCode", true), VOUCHER_CODE_DESC("-voucher_code", "voucherCode", false),
        TRACKING_ID("tracking_id", "trackingId", true), TRACKING_ID_DESC("-tracking_id", "trackingId", false),
        CUSTOMER_ID("customer_id", "customerId", true), CUSTOMER_ID_DESC("-customer_id", "customerId", false);

        private final String value;
        private final String property;
        private final boolean ascending;

        Order(String value, String property, boolean ascending) {
            this.value = value;
            this.property = property;
            this.ascending = ascending;
        }

        static Order parse(String value) {
            return Arrays.stream(values()).filter(o -> o.value.equals(value)).findFirst()
                    .orElseThrow(() -> ApiException.invalidQueryParams("Query parameter 'order' should be one of "
                            + Arrays.stream(values()).map(o -> o.value).collect(Collectors.joining(", "))));
        }
    }

    static RedemptionListQuery from(Map<String, List<String>> params) {
        if (params.keySet().stream().anyMatch(k -> k.equals("filters") || k.startsWith("filters["))) {
            throw ApiException.invalidQueryParams("Query parameter 'filters' is not supported by the emulator");
        }
        List<Redemption.Result> results = new ArrayList<>();
        for (String key : List.of("result", "result[]")) {
            for (String value : params.getOrDefault(key, List.of())) {
                for (String one : value.split(",")) {
                    if (!one.isBlank()) {
                        results.add(result(one.trim()));
                    }
                }
            }
        }
        String order = single(params, "order");
        return new RedemptionListQuery(
                integer(params, "limit", 1, 100, 10),
                integer(params, "page", 1, 99, 1),
                List.copyOf(results),
                single(params, "campaign"),
                single(params, "customer"),
                order == null ? Order.CREATED_AT_DESC : Order.parse(order),
                instant(params, "created_at[before]", "[created_at][before]"),
                instant(params, "created_at[after]", "[created_at][after]"));
    }

    // page is 1-based in the public API; Spring Data pages are 0-based.
    Pageable pageable() {
        Sort.Direction direction = order.ascending ? Sort.Direction.ASC : Sort.Direction.DESC;
        // seq breaks ties: a stacked redemption writes its parent and children at one instant
        return PageRequest.of(page - 1, limit, Sort.by(new Sort.Order(direction, order.property),
                new Sort.Order(direction, "seq")));
    }

    Specification<Redemption> specification(String projectId) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("projectId"), projectId));
            if (!results.isEmpty()) {
                where.add(root.get("result").in(results));
            }
            if (campaign != null) {
                where.add(cb.equal(root.get("campaignName"), campaign));
            }
            if (customer != null) {
                where.add(cb.or(cb.equal(root.get("customerId"), customer),
                        cb.equal(root.get("customerSourceId"), customer)));
            }
            if (createdBefore != null) {
                where.add(cb.lessThan(root.get("createdAt"), createdBefore));
            }
            if (createdAfter != null) {
                where.add(cb.greaterThan(root.get("createdAt"), createdAfter));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static Redemption.Result result(String value) {
        try {
            return Redemption.Result.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidQueryParams("Query parameter 'result' should be SUCCESS or FAILURE");
        }
    }

    // the docs spell the filter both created_at[before] and [created_at][before]
    private static Instant instant(Map<String, List<String>> params, String name, String alias) {
        String value = single(params, name);
        return QueryParams.instant(name, value != null ? value : single(params, alias));
    }
}
