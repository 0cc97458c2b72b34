package dev.voucheremulator.template;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.query.Conditions;
import dev.voucheremulator.api.query.Conditions.Column;
import dev.voucheremulator.api.query.Conditions.TextField;
import dev.voucheremulator.api.query.FilterSyntax;
import dev.voucheremulator.api.query.FilterSyntax.Field;
import dev.voucheremulator.api.query.Filters;
import dev.voucheremulator.api.query.OrderParameter;
import dev.voucheremulator.api.query.Paging;
import dev.voucheremulator.api.query.QueryString;
import dev.voucheremulator.campaign.CampaignType;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * The query of GET /v1/templates/campaigns: cursor paging ({@code starting_after_id}), order by id,
 * and the {@code filters[id|name|campaign_type][conditions][$op]} deepObject filters, each condition
 * on its own, joined by the junction.
 */
record TemplateListQuery(int limit, String startingAfterId, boolean descending, boolean includeTotal,
                         Filters filters) {

    private static final List<String> OPERATORS = List.of("$is", "$is_not", "$in", "$not_in", "$contains",
            "$not_contain", "$starts_with", "$ends_with", "$has_value", "$is_unknown");
    // Every operator takes comma-separated values; those that compare with one value use the first.
    private static final FilterSyntax FILTERS = FilterSyntax.builder()
            .field(Field.of("id", Set.copyOf(OPERATORS), Set.copyOf(OPERATORS)))
            .field(Field.of("name", Set.copyOf(OPERATORS), Set.copyOf(OPERATORS)))
            .field(Field.of("campaign_type", Set.copyOf(OPERATORS), Set.copyOf(OPERATORS)))
            .messages(problem -> switch (problem.kind()) {
                case JUNCTION, JUNCTION_VALUES -> "Filter 'junction' should be 'and' or 'or'";
                default -> "Unsupported filter '" + problem.key() + "'; filter on id, name or campaign_type with "
                        + OPERATORS;
            })
            .build();
    private static final OrderParameter<Boolean> DESCENDING = OrderParameter.<Boolean>builder()
            .option("id", false)
            .option("-id", true)
            .byDefault(false);

    static TemplateListQuery from(QueryString query) {
        int limit = query.integer("limit", 1, Paging.MAX_LIMIT, Paging.DEFAULT_LIMIT);
        boolean descending = DESCENDING.parse(query.first("order"));
        String includeTotal = query.first("include_total");
        if (includeTotal != null && !includeTotal.equals("true") && !includeTotal.equals("false")) {
            throw ApiException.invalidQueryParams("Query parameter 'include_total' should be a boolean");
        }
        return new TemplateListQuery(limit, query.first("starting_after_id"), descending, "true".equals(includeTotal),
                FILTERS.read(query));
    }

    /** The project's matching templates; ordered by id, so the cursor is simply the last id. */
    Specification<CampaignTemplate> specification(String projectId) {
        return filters.joined(TemplateListQuery::condition)
                .and((root, q, cb) -> cb.equal(root.get(CampaignTemplate_.projectId), projectId));
    }

    static Sort byId() {
        return Sort.by(CampaignTemplate_.ID);
    }

    private static Specification<CampaignTemplate> condition(Filters.Condition condition) {
        return switch (condition.field()) {
            case "id" -> Conditions.text(TextField.of(Column.of(CampaignTemplate_.id)), condition);
            case "name" -> Conditions.text(TextField.of(Column.of(CampaignTemplate_.name)), condition);
            case "campaign_type" -> Conditions.choice(Column.of(CampaignTemplate_.campaignType), CampaignType.class,
                    condition, false);
            default -> throw new IllegalStateException("unchecked filter field " + condition.field());
        };
    }
}
