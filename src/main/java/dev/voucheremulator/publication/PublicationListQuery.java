package dev.voucheremulator.publication;

import static dev.voucheremulator.api.query.QueryParams.integer;
import static dev.voucheremulator.api.query.QueryParams.single;

import dev.voucheremulator.api.error.ApiException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * The query of GET /v1/publications: paging, {@code order}, the plain filters ({@code campaign},
 * {@code customer}, {@code voucher}, {@code result}, {@code voucher_type}, {@code is_referral_code},
 * {@code source_id}) and {@code filters[field][conditions][$op][i]} with $is, $is_not, $in, $not_in
 * on customer_id, campaign_name, result, failure_code, voucher_type and is_referral_code.
 */
record PublicationListQuery(int limit, int page, Sort sort, Specification<Publication> filter) {

    private static final int MAX_PAGE = 1000;
    private static final Map<String, String> ORDERS = Map.of("id", "id", "voucher_code", "voucherCode",
            "tracking_id", "trackingId", "customer_id", "customerId", "created_at", "createdAt", "channel", "channel");
    private static final Map<String, String> FILTER_FIELDS = Map.of("customer_id", "customerId",
            "campaign_name", "campaignName", "result", "result", "failure_code", "failureCode",
            "voucher_type", "voucherType", "is_referral_code", "isReferralCode");
    private static final Pattern CONDITION = Pattern.compile(
            "filters\\[(\\w+)]\\[conditions]\\[(\\$\\w+)](?:\\[\\d*])?");

    static PublicationListQuery from(Map<String, List<String>> params) {
        int limit = integer(params, "limit", 1, 100, 10);
        String rawPage = single(params, "page");
        if (rawPage != null && rawPage.matches("\\d{1,9}") && Integer.parseInt(rawPage) > MAX_PAGE) {
            throw new ApiException(org.springframework.http.HttpStatus.BAD_REQUEST, "page_over_limit",
                    "Listing resource above 1000 page is not supported", "Property .page cannot be higher than 1000",
                    null, null);
        }
        int page = integer(params, "page", 1, MAX_PAGE, 1);
        List<Specification<Publication>> all = new ArrayList<>();
        equal(all, "campaignName", single(params, "campaign"));
        equal(all, "customerId", single(params, "customer"));
        equal(all, "voucherCode", single(params, "voucher"));
        equal(all, "sourceId", single(params, "source_id"));
        String result = single(params, "result");
        if (result != null) {
            equal(all, "result", oneOf("result", result.toUpperCase(Locale.ROOT), "SUCCESS", "FAILURE"));
        }
        String voucherType = single(params, "voucher_type");
        if (voucherType != null) {
            equal(all, "voucherType", voucherType(voucherType));
        }
        if ("true".equalsIgnoreCase(single(params, "is_referral_code"))) {
            all.add((root, q, cb) -> cb.isTrue(root.get("isReferralCode")));
        }
        all.add(filters(params));
        return new PublicationListQuery(limit, page, sort(single(params, "order")), Specification.allOf(all));
    }

    Pageable pageable() {
        return PageRequest.of(page - 1, limit, sort);
    }

    // Newest first by default; creation order breaks ties so pages never overlap.
    private static Sort sort(String order) {
        if (order == null) {
            return Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("seq"));
        }
        boolean descending = order.startsWith("-");
        String property = ORDERS.get(descending ? order.substring(1) : order);
        if (property == null) {
            throw ApiException.invalidQueryParams("Query parameter 'order' should be one of " + ORDERS.keySet()
                    + ", optionally preceded by '-'");
        }
        Sort.Order primary = descending ? Sort.Order.desc(property) : Sort.Order.asc(property);
        return Sort.by(primary, descending ? Sort.Order.desc("seq") : Sort.Order.asc("seq"));
    }

    private static Specification<Publication> filters(Map<String, List<String>> params) {
        List<Specification<Publication>> conditions = new ArrayList<>();
        String junction = "and";
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            if (!e.getKey().startsWith("filters")) {
                continue;
            }
            if (e.getKey().equals("filters[junction]")) {
                junction = e.getValue().get(0).toLowerCase(Locale.ROOT);
                if (!junction.equals("and") && !junction.equals("or")) {
                    throw ApiException.invalidQueryParams("Query parameter 'filters[junction]' should be AND or OR");
                }
                continue;
            }
            Matcher m = CONDITION.matcher(e.getKey());
            if (!m.matches() || !FILTER_FIELDS.containsKey(m.group(1))) {
                throw ApiException.invalidQueryParams("Unsupported filter '" + e.getKey() + "'; supported fields: "
                        + FILTER_FIELDS.keySet() + " with $is, $is_not, $in, $not_in");
            }
            byKey.computeIfAbsent(m.group(1) + " " + m.group(2), k -> new ArrayList<>()).addAll(e.getValue());
        }
        byKey.forEach((key, rawValues) -> {
            String field = key.substring(0, key.indexOf(' '));
            String operator = key.substring(key.indexOf(' ') + 1);
            String property = FILTER_FIELDS.get(field);
            List<Object> values = rawValues.stream().flatMap(v -> Arrays.stream(v.split(",")))
                    .map(String::trim).filter(v -> !v.isEmpty()).map(v -> value(field, v)).toList();
            conditions.add(switch (operator) {
                case "$is", "$in" -> (root, q, cb) -> root.get(property).in(values);
                case "$is_not", "$not_in" -> (root, q, cb) -> cb.or(cb.isNull(root.get(property)),
                        cb.not(root.get(property).in(values)));
                default -> throw ApiException.invalidQueryParams("Unsupported filter operator " + operator
                        + "; supported: $is, $is_not, $in, $not_in");
            });
        });
        if (conditions.isEmpty()) {
            return Specification.unrestricted();
        }
        return junction.equals("or") ? Specification.anyOf(conditions) : Specification.allOf(conditions);
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
            default -> throw ApiException.invalidQueryParams("Query parameter 'voucher_type' should be discount or loyalty");
        };
    }

    private static String oneOf(String name, String value, String... allowed) {
        if (!Arrays.asList(allowed).contains(value)) {
            throw ApiException.invalidQueryParams("Query parameter '" + name + "' should be one of "
                    + String.join(", ", allowed));
        }
        return value;
    }

    private static void equal(List<Specification<Publication>> all, String property, String value) {
        if (value != null) {
            all.add((root, q, cb) -> cb.equal(root.get(property), value));
        }
    }
}
