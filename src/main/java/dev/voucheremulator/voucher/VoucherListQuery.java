package dev.voucheremulator.voucher;

import static org.springframework.data.domain.Sort.Order.asc;
import static org.springframework.data.domain.Sort.Order.desc;

import dev.voucheremulator.api.query.Filters;
import dev.voucheremulator.api.query.OrderParameter;
import dev.voucheremulator.api.query.Paging;
import dev.voucheremulator.api.query.QueryString;
import dev.voucheremulator.category.Category;
import dev.voucheremulator.category.Category_;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The query of GET /v1/vouchers, checked. Unset plain filters are null. */
public record VoucherListQuery(int limit,
                               int page,
                               String campaignId,
                               String campaign,
                               String category,
                               String code,
                               String customer,
                               List<String> ids,
                               Sort order,
                               Instant createdBefore,
                               Instant createdAfter,
                               Instant updatedBefore,
                               Instant updatedAfter,
                               Filters filters) {

    /**
     * ParameterOrderVouchers. The id tie-break keeps pages stable when a bulk generation gave many
     * vouchers one created_at; a never-updated voucher counts as the least recently updated.
     */
    private static final OrderParameter<Sort> ORDERS = OrderParameter.<Sort>builder()
            .option("created_at", Sort.by(asc(Voucher_.CREATED_AT), asc(Voucher_.ID)))
            .option("-created_at", Sort.by(desc(Voucher_.CREATED_AT), desc(Voucher_.ID)))
            .option("updated_at", Sort.by(asc(Voucher_.UPDATED_AT).nullsFirst(), asc(Voucher_.CREATED_AT),
                    asc(Voucher_.ID)))
            .option("-updated_at", Sort.by(desc(Voucher_.UPDATED_AT).nullsLast(), desc(Voucher_.CREATED_AT),
                    desc(Voucher_.ID)))
            .option("code", Sort.by(asc(Voucher_.CODE)))
            .option("-code", Sort.by(desc(Voucher_.CODE)))
            .listedPlainly()
            .byDefault("-created_at");

    public static final VoucherListQuery DEFAULT = new VoucherListQuery(10, 1, null, null, null, null, null,
            List.of(), ORDERS.parse(null), null, null, null, null, Filters.NONE);

    /** Without {@code filters}. */
    public VoucherListQuery(int limit, int page, String campaignId, String campaign, String category, String code,
                            String customer, List<String> ids, Sort order, Instant createdBefore,
                            Instant createdAfter, Instant updatedBefore, Instant updatedAfter) {
        this(limit, page, campaignId, campaign, category, code, customer, ids, order, createdBefore, createdAfter,
                updatedBefore, updatedAfter, Filters.NONE);
    }

    public static VoucherListQuery from(QueryString query) {
        List<String> ids = query.list("ids", "ids[]");
        int limit = query.integer("limit", 1, 100, DEFAULT.limit());
        int page = query.integer("page", 1, 99, DEFAULT.page());
        return new VoucherListQuery(limit, page,
                query.single("campaign_id"),
                query.single("campaign"),
                query.single("category"),
                query.single("code"),
                query.single("customer"),
                ids,
                ORDERS.parse(query.single("order")),
                query.instant("created_at[before]"),
                query.instant("created_at[after]"),
                query.instant("updated_at[before]"),
                query.instant("updated_at[after]"),
                VoucherFilters.SYNTAX.read(query));
    }

    Pageable pageable() {
        return new Paging(limit, page).pageable(order);
    }

    /** The values of {@code filters} are checked here, before any query runs; {@code now} anchors relative dates. */
    Specification<Voucher> specification(String projectId, Instant now) {
        Specification<Voucher> plain = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get(Voucher_.projectId), projectId));
            where.add(cb.isNull(root.get(Voucher_.deletedAt)));
            if (campaignId != null) {
                where.add(cb.equal(root.get(Voucher_.campaignId), campaignId));
            }
            if (campaign != null) {
                where.add(cb.equal(root.get(Voucher_.campaignName), campaign));
            }
            if (category != null) {
                // category is a name or an id; names live only in the category table
                Subquery<String> categoryIds = query.subquery(String.class);
                Root<Category> c = categoryIds.from(Category.class);
                categoryIds.select(c.get(Category_.id)).where(cb.equal(c.get(Category_.projectId), projectId),
                        cb.or(cb.equal(c.get(Category_.id), category), cb.equal(c.get(Category_.name), category)));
                where.add(root.get(Voucher_.categoryId).in(categoryIds));
            }
            if (code != null) {
                where.add(cb.equal(root.get(Voucher_.code), code));
            }
            if (customer != null) {
                where.add(cb.equal(root.get(Voucher_.holderId), customer));
            }
            if (!ids.isEmpty()) {
                where.add(root.get(Voucher_.id).in(ids));
            }
            if (createdBefore != null) {
                where.add(cb.lessThan(root.get(Voucher_.createdAt), createdBefore));
            }
            if (createdAfter != null) {
                where.add(cb.greaterThan(root.get(Voucher_.createdAt), createdAfter));
            }
            if (updatedBefore != null) {
                where.add(cb.lessThan(root.get(Voucher_.updatedAt), updatedBefore));
            }
            if (updatedAfter != null) {
                where.add(cb.greaterThan(root.get(Voucher_.updatedAt), updatedAfter));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return plain.and(VoucherFilters.specification(filters, now));
    }
}
