package dev.voucheremulator.validationrule;

import dev.voucheremulator.api.query.OrderParameter;
import dev.voucheremulator.api.query.Paging;
import dev.voucheremulator.api.query.QueryString;
import java.time.Instant;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The query of GET /v1/validation-rules, checked; {@code start_date}/{@code end_date} bound {@code created_at}. */
record ValidationRuleListQuery(Paging page, Sort sort, Instant startDate, Instant endDate) {

    // Newest first unless asked otherwise; creation order breaks ties so pages never overlap.
    private static final OrderParameter<Sort> ORDERS = OrderParameter.sorts()
            .tieBreaks(ValidationRule_.SEQ)
            .field("created_at", ValidationRule_.CREATED_AT)
            .field("updated_at", ValidationRule_.UPDATED_AT, Sort.NullHandling.NULLS_LAST)
            .field("name", ValidationRule_.NAME)
            .byDefault("-created_at");

    static ValidationRuleListQuery of(Integer limit, Integer page, String order, String startDate, String endDate) {
        return new ValidationRuleListQuery(Paging.of(limit, page, 100),
                ORDERS.parseOrDefault(order),
                QueryString.instant("start_date", startDate), QueryString.instant("end_date", endDate));
    }

    PageRequest pageable() {
        return page.pageable(sort);
    }

    Specification<ValidationRule> specification(String projectId) {
        Specification<ValidationRule> spec = (root, q, cb) -> cb.equal(root.get(ValidationRule_.projectId), projectId);
        if (startDate != null) {
            spec = spec.and((root, q, cb) -> cb.greaterThanOrEqualTo(root.get(ValidationRule_.createdAt), startDate));
        }
        if (endDate != null) {
            spec = spec.and((root, q, cb) -> cb.lessThanOrEqualTo(root.get(ValidationRule_.createdAt), endDate));
        }
        return spec;
    }
}
