package dev.voucheremulator.publication;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.query.Conditions;
import dev.voucheremulator.api.query.Conditions.Column;
import dev.voucheremulator.api.query.FilterSyntax;
import dev.voucheremulator.api.query.FilterSyntax.Field;
import dev.voucheremulator.api.query.Filters;
import dev.voucheremulator.api.query.OrderParameter;
import dev.voucheremulator.api.query.Paging;
import dev.voucheremulator.api.query.QueryString;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;

/**
 * The query of GET /v1/publications: paging, {@code order}, the plain filters ({@code campaign},
 * {@code customer}, {@code voucher}, {@code result}, {@code voucher_type}, {@code is_referral_code},
 * {@code source_id}) and {@code filters[field][conditions][$op][i]} with $is, $is_not, $in, $not_in
 * on customer_id, campaign_name, result, failure_code, voucher_type and is_referral_code.
 */
record PublicationListQuery(Paging paging, Sort sort, Specification<Publication> filter) {

    private static final int MAX_PAGE = 1000;

    // Newest first by default; creation order breaks ties so pages never overlap.
    private static final OrderParameter<Sort> ORDERS = OrderParameter.sorts()
            .tieBreaks(Publication_.SEQ)
            .field("id", Publication_.ID)
            .field("voucher_code", Publication_.VOUCHER_CODE)
            .field("tracking_id", Publication_.TRACKING_ID)
            .field("customer_id", Publication_.CUSTOMER_ID)
            .field("created_at", Publication_.CREATED_AT)
            .field("channel", Publication_.CHANNEL)
            .listedAs("[id, voucher_code, tracking_id, customer_id, created_at, channel], optionally preceded by '-'")
            .byDefault("-created_at");

    private static final String OPERATOR_NAMES = "$is, $is_not, $in, $not_in";
    private static final Set<String> OPERATORS = Set.of("$is", "$is_not", "$in", "$not_in");
    private static final List<String> FIELDS = List.of("customer_id", "campaign_name", "result", "failure_code",
            "voucher_type", "is_referral_code");
    // Each condition takes several values: $is reads as $in, $is_not as $not_in.
    private static final FilterSyntax FILTERS = filterSyntax();

    static PublicationListQuery from(QueryString query) {
        int limit = query.integer("limit", 1, Paging.MAX_LIMIT, Paging.DEFAULT_LIMIT);
        String rawPage = query.single("page");
        if (rawPage != null && rawPage.matches("\\d{1,9}") && Integer.parseInt(rawPage) > MAX_PAGE) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "page_over_limit",
                    "Listing resource above 1000 page is not supported", "Property .page cannot be higher than 1000",
                    null, null);
        }
        Paging paging = new Paging(limit, query.integer("page", 1, MAX_PAGE, 1));
        List<Specification<Publication>> all = new ArrayList<>();
        equal(all, Publication_.campaignName, query.single("campaign"));
        equal(all, Publication_.customerId, query.single("customer"));
        equal(all, Publication_.voucherCode, query.single("voucher"));
        equal(all, Publication_.sourceId, query.single("source_id"));
        String result = query.single("result");
        if (result != null) {
            equal(all, Publication_.result, result(result));
        }
        String voucherType = query.single("voucher_type");
        if (voucherType != null) {
            equal(all, Publication_.voucherType, voucherType(voucherType));
        }
        if ("true".equalsIgnoreCase(query.single("is_referral_code"))) {
            all.add((root, q, cb) -> cb.isTrue(root.get(Publication_.isReferralCode)));
        }
        all.add(FILTERS.read(query).joined(PublicationListQuery::condition));
        return new PublicationListQuery(paging, ORDERS.parse(query.single("order")), Specification.allOf(all));
    }

    Pageable pageable() {
        return paging.pageable(sort);
    }

    private static Specification<Publication> condition(Filters.Condition condition) {
        Column<Publication, ?> column = switch (condition.field()) {
            case "customer_id" -> Column.of(Publication_.customerId);
            case "campaign_name" -> Column.of(Publication_.campaignName);
            case "result" -> Column.of(Publication_.result);
            case "failure_code" -> Column.of(Publication_.failureCode);
            case "voucher_type" -> Column.of(Publication_.voucherType);
            case "is_referral_code" -> Column.of(Publication_.isReferralCode);
            default -> throw new IllegalStateException("unchecked filter field " + condition.field());
        };
        List<Object> values = condition.values().stream().map(v -> value(condition.field(), v)).toList();
        return switch (condition.operator()) {
            case "$is", "$in" -> Conditions.oneOf(column, values);
            case "$is_not", "$not_in" -> Conditions.noneOf(column, values);
            default -> throw new IllegalStateException("unchecked operator " + condition.operator());
        };
    }

    private static Object value(String field, String raw) {
        return switch (field) {
            case "voucher_type" -> voucherType(raw);
            case "is_referral_code" -> Boolean.parseBoolean(raw);
            case "result" -> raw.toUpperCase(Locale.ROOT);
            default -> raw;
        };
    }

    private static String voucherType(String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "discount", "discount_voucher" -> "DISCOUNT_VOUCHER";
            case "loyalty", "loyalty_card" -> "LOYALTY_CARD";
            case "gift", "gift_voucher" -> "GIFT_VOUCHER";
            default -> throw ApiException.invalidQueryParams(
                    "Query parameter 'voucher_type' should be discount or loyalty");
        };
    }

    private static String result(String raw) {
        String result = raw.toUpperCase(Locale.ROOT);
        if (!result.equals(Publication.SUCCESS) && !result.equals(Publication.FAILURE)) {
            throw ApiException.invalidQueryParams("Query parameter 'result' should be one of SUCCESS, FAILURE");
        }
        return result;
    }

    private static void equal(List<Specification<Publication>> all, SingularAttribute<Publication, String> attribute,
                              String value) {
        if (value != null) {
            all.add((root, q, cb) -> cb.equal(root.get(attribute), value));
        }
    }

    private static FilterSyntax filterSyntax() {
        FilterSyntax.Builder syntax = FilterSyntax.builder().claimsEveryFiltersParameter().messages(problem ->
                switch (problem.kind()) {
                    case JUNCTION, JUNCTION_VALUES -> "Query parameter 'filters[junction]' should be AND or OR";
                    case UNKNOWN_OPERATOR -> problem.operator().matches("\\$\\w+")
                            ? "Unsupported filter operator " + problem.operator() + "; supported: " + OPERATOR_NAMES
                            : unsupported(problem.key());
                    default -> unsupported(problem.key());
                });
        FIELDS.forEach(field -> syntax.field(Field.of(field, OPERATORS, OPERATORS)));
        return syntax.build();
    }

    private static String unsupported(String key) {
        return "Unsupported filter '" + key + "'; supported fields: " + FIELDS + " with " + OPERATOR_NAMES;
    }
}
