package dev.voucheremulator.redemption;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.query.Filters;
import dev.voucheremulator.api.query.OrderParameter;
import dev.voucheremulator.api.query.Paging;
import dev.voucheremulator.api.query.QueryString;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The query of GET /v1/redemptions, checked. Unset plain filters are null. */
record RedemptionListQuery(Paging paging,
                           List<Redemption.Result> results,
                           String campaign,
                           String customer,
                           Sort order,
                           Instant createdBefore,
                           Instant createdAfter,
                           Filters filters) {

    // ParameterOrderListRedemptions. seq breaks ties: a stacked redemption writes its parent and children
    // at one instant.
    private static final OrderParameter<Sort> ORDERS = OrderParameter.sorts()
            .tieBreaks(Redemption_.SEQ)
            .field("created_at", Redemption_.CREATED_AT)
            .field("id", Redemption_.ID)
            .field("voucher_code", Redemption_.VOUCHER_CODE)
            .field("tracking_id", Redemption_.TRACKING_ID)
            .field("customer_id", Redemption_.CUSTOMER_ID)
            .listedPlainly()
            .byDefault("-created_at");

    static RedemptionListQuery from(QueryString query) {
        List<Redemption.Result> results = query.list("result", "result[]").stream()
                .map(RedemptionListQuery::result).toList();
        return new RedemptionListQuery(
                query.paging(99),
                results,
                query.single("campaign"),
                query.single("customer"),
                ORDERS.parse(query.single("order")),
                instant(query, "created_at[before]", "[created_at][before]"),
                instant(query, "created_at[after]", "[created_at][after]"),
                RedemptionFilters.SYNTAX.read(query));
    }

    Pageable pageable() {
        return paging.pageable(order);
    }

    /** The values of {@code filters} are checked here, before any query runs. */
    Specification<Redemption> specification(String projectId) {
        Specification<Redemption> plain = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get(Redemption_.projectId), projectId));
            if (!results.isEmpty()) {
                where.add(root.get(Redemption_.result).in(results));
            }
            if (campaign != null) {
                where.add(cb.equal(root.get(Redemption_.campaignName), campaign));
            }
            if (customer != null) {
                where.add(cb.or(cb.equal(root.get(Redemption_.customerId), customer),
                        cb.equal(root.get(Redemption_.customerSourceId), customer)));
            }
            if (createdBefore != null) {
                where.add(cb.lessThan(root.get(Redemption_.createdAt), createdBefore));
            }
            if (createdAfter != null) {
                where.add(cb.greaterThan(root.get(Redemption_.createdAt), createdAfter));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return plain.and(RedemptionFilters.specification(filters));
    }

    private static Redemption.Result result(String value) {
        try {
            return Redemption.Result.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidQueryParams("Query parameter 'result' should be SUCCESS or FAILURE");
        }
    }

    // the docs spell the filter both created_at[before] and [created_at][before]
    private static Instant instant(QueryString query, String name, String alias) {
        String value = query.single(name);
        return QueryString.instant(name, value != null ? value : query.single(alias));
    }
}
