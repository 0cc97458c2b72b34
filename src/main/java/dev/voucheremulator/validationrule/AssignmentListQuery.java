package dev.voucheremulator.validationrule;

import dev.voucheremulator.api.query.OrderParameter;
import dev.voucheremulator.api.query.Paging;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** Paging and {@code order} (±created_at, newest first by default) of the assignment lists. */
record AssignmentListQuery(PageRequest pageable) {

    private static final OrderParameter<Sort> ORDERS = OrderParameter.sorts()
            .tieBreaks(ValidationRuleAssignment_.SEQ)
            .field("created_at", ValidationRuleAssignment_.CREATED_AT)
            .byDefault("-created_at");

    static AssignmentListQuery of(Integer limit, Integer page, String order) {
        Paging paging = Paging.of(limit, page, 100);
        return new AssignmentListQuery(paging.pageable(ORDERS.parseOrDefault(order)));
    }

    /** The project's assignments, narrowed to one related object and one rule when they are given. */
    static Specification<ValidationRuleAssignment> of(String projectId, String relatedObjectId, String ruleId) {
        Specification<ValidationRuleAssignment> spec = (root, q, cb) ->
                cb.equal(root.get(ValidationRuleAssignment_.projectId), projectId);
        if (relatedObjectId != null) {
            spec = spec.and((root, q, cb) ->
                    cb.equal(root.get(ValidationRuleAssignment_.relatedObjectId), relatedObjectId));
        }
        if (ruleId != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get(ValidationRuleAssignment_.ruleId), ruleId));
        }
        return spec;
    }
}
