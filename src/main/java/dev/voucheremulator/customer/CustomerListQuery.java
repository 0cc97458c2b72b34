package dev.voucheremulator.customer;

import dev.voucheremulator.api.query.OrderParameter;
import dev.voucheremulator.api.query.Paging;
import dev.voucheremulator.api.query.QueryString;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * The query of GET /v1/customers: {@code limit}, {@code page} (1..99), {@code email}, {@code city},
 * {@code name}, {@code segment_id}, {@code created_at[before|after]}, {@code updated_at[before|after]},
 * {@code order} and the {@code starting_after} cursor (a created_at: later customers when listing
 * oldest first, earlier ones otherwise).
 */
record CustomerListQuery(Paging paging, Sort sort, Specification<Customer> filter) {

    private static final int MAX_PAGE = 99;

    private static final OrderParameter<Sort> ORDERS = OrderParameter.sorts()
            .tieBreaks(Customer_.ID)
            .field("created_at", Customer_.CREATED_AT)
            .field("updated_at", Customer_.UPDATED_AT)
            .field("source_id", Customer_.SOURCE_ID)
            .listedAs("[created_at, updated_at, source_id], optionally preceded by '-'")
            .byDefault("-created_at");

    static CustomerListQuery from(String projectId, QueryString query) {
        query.rejectFilters();
        Paging paging = query.paging(MAX_PAGE);
        Sort sort = ORDERS.parse(query.single("order"));
        List<Specification<Customer>> all = new ArrayList<>();
        all.add((root, q, cb) -> cb.and(cb.equal(root.get(Customer_.projectId), projectId),
                cb.isNull(root.get(Customer_.deletedAt))));
        equal(all, Customer_.EMAIL, query.single("email"));
        equal(all, Customer_.CITY, query.single("city"));
        equal(all, Customer_.NAME, query.single("name"));
        if (query.single("segment_id") != null) {
            // no segments are emulated: nobody is in one
            all.add((root, q, cb) -> cb.disjunction());
        }
        between(all, Customer_.CREATED_AT, query.instant("created_at[after]"), query.instant("created_at[before]"));
        between(all, Customer_.UPDATED_AT, query.instant("updated_at[after]"), query.instant("updated_at[before]"));
        Instant startingAfter = query.instant("starting_after");
        if (startingAfter != null) {
            boolean ascending = sort.stream().findFirst().map(Sort.Order::isAscending).orElse(false);
            all.add((root, q, cb) -> ascending
                    ? cb.greaterThan(root.get(Customer_.createdAt), startingAfter)
                    : cb.lessThan(root.get(Customer_.createdAt), startingAfter));
        }
        return new CustomerListQuery(paging, sort, Specification.allOf(all));
    }

    Pageable pageable() {
        return paging.pageable(sort);
    }

    private static void equal(List<Specification<Customer>> all, String attribute, String value) {
        if (value != null) {
            all.add((root, q, cb) -> cb.equal(root.get(attribute), value));
        }
    }

    private static void between(List<Specification<Customer>> all, String attribute, Instant after, Instant before) {
        if (after != null) {
            all.add((root, q, cb) -> cb.greaterThan(root.<Instant>get(attribute), after));
        }
        if (before != null) {
            all.add((root, q, cb) -> cb.lessThan(root.<Instant>get(attribute), before));
        }
    }
}
