package dev.voucheremulator.order;

import dev.voucheremulator.api.query.OrderParameter;
import dev.voucheremulator.api.query.Paging;
import dev.voucheremulator.api.query.QueryString;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The query of GET /v1/orders, checked: limit, page and order. */
record OrderListQuery(Paging paging, Sort order) {

    // ParameterOrderListOrders; seq breaks ties between orders of one instant.
    private static final OrderParameter<Sort> ORDERS = OrderParameter.sorts()
            .tieBreaks(Order_.SEQ)
            .field("created_at", Order_.CREATED_AT)
            .field("updated_at", Order_.UPDATED_AT)
            .listedPlainly()
            .byDefault("-created_at");

    static OrderListQuery from(QueryString query) {
        query.rejectFilters();
        return new OrderListQuery(query.paging(100), ORDERS.parse(query.single("order")));
    }

    Pageable pageable() {
        return paging.pageable(order);
    }

    Specification<Order> specification(String projectId) {
        return (root, q, cb) -> cb.equal(root.get(Order_.projectId), projectId);
    }
}
