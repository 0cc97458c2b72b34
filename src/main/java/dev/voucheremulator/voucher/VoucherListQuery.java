package dev.voucheremulator.voucher;

import static dev.voucheremulator.api.query.QueryParams.integer;
import static dev.voucheremulator.api.query.QueryParams.single;
import static dev.voucheremulator.api.query.QueryParams.instant;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.category.Category;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * The query of GET /v1/vouchers, read from the raw parameter map because the date filters are
 * bracketed ({@code created_at[before]}). Unset filters are null.
 */
public record VoucherListQuery(int limit,
                               int page,
                               String campaignId,
                               String campaign,
                               String category,
                               String code,
                               String customer,
                               List<String> ids,
                               Order order,
                               Instant createdBefore,
                               Instant createdAfter,
                               Instant updatedBefore,
                               Instant updatedAfter) {

    public static final VoucherListQuery DEFAULT = new VoucherListQuery(10, 1, null, null, null, null, null,
            List.of(), Order.CREATED_AT_DESC, null, null, null, null);

    /** ParameterOrderVouchers; a leading {@code -} sorts descending. */
    public enum Order {
        CREATED_AT("created_at"), CREATED_AT_DESC("-created_at"),
        UPDATED_AT("updated_at"), UPDATED_AT_DESC("-updated_at"),
        CODE("code"), CODE_DESC("-code");

        private final String value;

        Order(String value) {
            this.value = value;
        }

        static Order parse(String value) {
            return Arrays.stream(values()).filter(o -> o.value.equals(value)).findFirst()
                    .orElseThrow(() -> ApiException.invalidQueryParams("Query parameter 'order' should be one of "
                            + Arrays.stream(values()).map(o -> o.value).collect(Collectors.joining(", "))));
        }
    }

    public static VoucherListQuery from(Map<String, List<String>> params) {
        if (params.keySet().stream().anyMatch(k -> k.equals("filters") || k.startsWith("filters["))) {
            throw ApiException.invalidQueryParams("Query parameter 'filters' is not supported by the emulator");
        }
        List<String> ids = new ArrayList<>();
        for (String key : List.of("ids", "ids[]")) {
            for (String value : params.getOrDefault(key, List.of())) {
                Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(ids::add);
            }
        }
        String order = single(params, "order");
        return new VoucherListQuery(
                integer(params, "limit", 1, 100, DEFAULT.limit()),
                integer(params, "page", 1, 99, DEFAULT.page()),
                single(params, "campaign_id"),
                single(params, "campaign"),
                single(params, "category"),
                single(params, "code"),
                single(params, "customer"),
                List.copyOf(ids),
                order == null ? DEFAULT.order() : Order.parse(order),
                instant(params, "created_at[before]"),
                instant(params, "created_at[after]"),
                instant(params, "updated_at[before]"),
                instant(params, "updated_at[after]"));
    }

    // page is 1-based in the public API; Spring Data pages are 0-based.
    Pageable pageable() {
        return PageRequest.of(page - 1, limit, sort());
    }

    // The id tie-break keeps pages stable when a bulk generation gave many vouchers one created_at.
    private Sort sort() {
        return switch (order) {
            case CREATED_AT -> Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("id"));
            case CREATED_AT_DESC -> Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));
            // A never-updated voucher counts as the least recently updated.
            case UPDATED_AT -> Sort.by(Sort.Order.asc("updatedAt").nullsFirst(), Sort.Order.asc("createdAt"),
                    Sort.Order.asc("id"));
            case UPDATED_AT_DESC -> Sort.by(Sort.Order.desc("updatedAt").nullsLast(), Sort.Order.desc("createdAt"),
                    Sort.Order.desc("id"));
            case CODE -> Sort.by(Sort.Order.asc("code"));
            case CODE_DESC -> Sort.by(Sort.Order.desc("code"));
        };
    }

    Specification<Voucher> specification(String projectId) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("projectId"), projectId));
            where.add(cb.isNull(root.get("deletedAt")));
            if (campaignId != null) {
                where.add(cb.equal(root.get("campaignId"), campaignId));
            }
            if (campaign != null) {
                where.add(cb.equal(root.get("campaignName"), campaign));
            }
            if (category != null) {
                // category is a name or an id; names live only in the category table
                Subquery<String> categoryIds = query.subquery(String.class);
                Root<Category> c = categoryIds.from(Category.class);
                categoryIds.select(c.get("id")).where(cb.equal(c.get("projectId"), projectId),
                        cb.or(cb.equal(c.get("id"), category), cb.equal(c.get("name"), category)));
                where.add(root.get("categoryId").in(categoryIds));
            }
            if (code != null) {
                where.add(cb.equal(root.get("code"), code));
            }
            if (customer != null) {
                where.add(cb.equal(root.get("holderId"), customer));
            }
            if (!ids.isEmpty()) {
                where.add(root.get("id").in(ids));
            }
            if (createdBefore != null) {
                where.add(cb.lessThan(root.get("createdAt"), createdBefore));
            }
            if (createdAfter != null) {
                where.add(cb.greaterThan(root.get("createdAt"), createdAfter));
            }
            if (updatedBefore != null) {
                where.add(cb.lessThan(root.get("updatedAt"), updatedBefore));
            }
            if (updatedAfter != null) {
                where.add(cb.greaterThan(root.get("updatedAt"), updatedAfter));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
