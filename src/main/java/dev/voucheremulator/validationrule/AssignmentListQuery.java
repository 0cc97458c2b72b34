package dev.voucheremulator.validationrule;

import dev.voucheremulator.api.paging.PageQuery;
import java.util.List;
import org.springframework.data.domain.PageRequest;

/** Paging and {@code order} (±created_at, newest first by default) of the assignment lists. */
record AssignmentListQuery(PageRequest pageable) {

    private static final List<String> ORDERS = List.of("created_at", "-created_at");

    static AssignmentListQuery of(Integer limit, Integer page, String order) {
        PageQuery query = PageQuery.of(limit, page, 100);
        return new AssignmentListQuery(PageRequest.of(query.zeroBasedPage(), query.limit(),
                ValidationRuleListQuery.sort(order, ORDERS)));
    }
}
