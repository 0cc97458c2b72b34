package dev.voucheremulator.product;

import dev.voucheremulator.api.query.OrderParameter;
import dev.voucheremulator.api.query.Paging;
import dev.voucheremulator.api.query.QueryString;
import java.time.Instant;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * The query of GET /v1/products and GET /v1/products/{productId}/skus, checked: {@code start_date} and
 * {@code end_date} bound {@code created_at}. The spec's shared order enum also names voucher fields
 * (code, campaign, ...); products have none of them, so only the dates sort.
 */
record ProductListQuery(Paging page, Sort sort, Instant startDate, Instant endDate) {

    // Newest first unless asked otherwise; creation order breaks ties so pages never overlap.
    private static final OrderParameter<Sort> ORDERS = OrderParameter.sorts()
            .tieBreaks(Product_.SEQ)
            .field("created_at", Product_.CREATED_AT)
            .field("updated_at", Product_.UPDATED_AT, Sort.NullHandling.NULLS_LAST)
            .byDefault("-created_at");

    static ProductListQuery of(Integer limit, Integer page, String order, String startDate, String endDate) {
        return new ProductListQuery(Paging.of(limit, page, 100), ORDERS.parseOrDefault(order),
                QueryString.instant("start_date", startDate), QueryString.instant("end_date", endDate));
    }

    PageRequest pageable() {
        return page.pageable(sort);
    }

    Specification<Product> products(String projectId) {
        Specification<Product> spec = (root, q, cb) -> cb.and(cb.equal(root.get(Product_.projectId), projectId),
                cb.isNull(root.get(Product_.deletedAt)));
        if (startDate != null) {
            spec = spec.and((root, q, cb) -> cb.greaterThanOrEqualTo(root.get(Product_.createdAt), startDate));
        }
        if (endDate != null) {
            spec = spec.and((root, q, cb) -> cb.lessThanOrEqualTo(root.get(Product_.createdAt), endDate));
        }
        return spec;
    }

    Specification<Sku> skus(String productId) {
        Specification<Sku> spec = (root, q, cb) -> cb.and(cb.equal(root.get(Sku_.productId), productId),
                cb.isNull(root.get(Sku_.deletedAt)));
        if (startDate != null) {
            spec = spec.and((root, q, cb) -> cb.greaterThanOrEqualTo(root.get(Sku_.createdAt), startDate));
        }
        if (endDate != null) {
            spec = spec.and((root, q, cb) -> cb.lessThanOrEqualTo(root.get(Sku_.createdAt), endDate));
        }
        return spec;
    }
}
