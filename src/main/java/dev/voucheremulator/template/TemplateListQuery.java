package dev.voucheremulator.template;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.paging.PageQuery;
import dev.voucheremulator.api.query.QueryParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The query of GET /v1/templates/campaigns: cursor paging ({@code starting_after_id}), order by id,
 * and the {@code filters[id|name|campaign_type][conditions][$op]} deepObject filters.
 */
record TemplateListQuery(int limit, String startingAfterId, boolean descending, boolean includeTotal,
                         boolean anyJunction, List<Condition> conditions) {

    private static final Pattern FILTER = Pattern.compile("filters\\[(\\w+)](?:\\[conditions]\\[(\\$\\w+)](?:\\[\\d*])?)?");
    private static final Map<String, Function<CampaignTemplate, String>> FIELDS = Map.of(
            "id", CampaignTemplate::id,
            "name", CampaignTemplate::name,
            "campaign_type", t -> t.campaignType().name());
    private static final List<String> OPERATORS = List.of("$is", "$is_not", "$in", "$not_in", "$contains",
            "$not_contain", "$starts_with", "$ends_with", "$has_value", "$is_unknown");

    record Condition(String field, String operator, List<String> values) {

        boolean matches(CampaignTemplate template) {
            String actual = FIELDS.get(field).apply(template);
            String first = values.isEmpty() ? "" : values.get(0);
            return switch (operator) {
                case "$is" -> actual.equals(first);
                case "$is_not" -> !actual.equals(first);
                case "$in" -> values.contains(actual);
                case "$not_in" -> !values.contains(actual);
                case "$contains" -> actual.contains(first);
                case "$not_contain" -> !actual.contains(first);
                case "$starts_with" -> actual.startsWith(first);
                case "$ends_with" -> actual.endsWith(first);
                case "$has_value" -> !actual.isEmpty();
                default -> actual.isEmpty(); // $is_unknown
            };
        }
    }

    static TemplateListQuery from(Map<String, String[]> params) {
        int limit = QueryParams.integer(Map.of("limit", values(params, "limit")), "limit", 1, PageQuery.MAX_LIMIT,
                PageQuery.DEFAULT_LIMIT);
        String order = single(params, "order");
        if (order != null && !order.equals("id") && !order.equals("-id")) {
            throw ApiException.invalidQueryParams("Query parameter 'order' should be one of [id, -id]");
        }
        String includeTotal = single(params, "include_total");
        if (includeTotal != null && !includeTotal.equals("true") && !includeTotal.equals("false")) {
            throw ApiException.invalidQueryParams("Query parameter 'include_total' should be a boolean");
        }
        boolean anyJunction = false;
        List<Condition> conditions = new ArrayList<>();
        for (Map.Entry<String, String[]> param : params.entrySet()) {
            if (!param.getKey().startsWith("filters[")) {
                continue;
            }
            if (param.getKey().equals("filters[junction]")) {
                String junction = param.getValue()[0].toLowerCase();
                if (!junction.equals("and") && !junction.equals("or")) {
                    throw ApiException.invalidQueryParams("Filter 'junction' should be 'and' or 'or'");
                }
                anyJunction = junction.equals("or");
                continue;
            }
            Matcher m = FILTER.matcher(param.getKey());
            if (!m.matches() || m.group(2) == null || !FIELDS.containsKey(m.group(1))
                    || !OPERATORS.contains(m.group(2))) {
                throw ApiException.invalidQueryParams("Unsupported filter '" + param.getKey()
                        + "'; filter on id, name or campaign_type with " + OPERATORS);
            }
            List<String> values = new ArrayList<>();
            for (String value : param.getValue()) {
                values.addAll(List.of(value.split(",")));
            }
            conditions.add(new Condition(m.group(1), m.group(2), values));
        }
        return new TemplateListQuery(limit, single(params, "starting_after_id"), "-id".equals(order),
                "true".equals(includeTotal), anyJunction, conditions);
    }

    boolean matches(CampaignTemplate template) {
        if (conditions.isEmpty()) {
            return true;
        }
        return anyJunction ? conditions.stream().anyMatch(c -> c.matches(template))
                : conditions.stream().allMatch(c -> c.matches(template));
    }

    private static String single(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static List<String> values(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null ? List.of() : List.of(values);
    }
}
