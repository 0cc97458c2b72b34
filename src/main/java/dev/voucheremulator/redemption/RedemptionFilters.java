package dev.voucheremulator.redemption;

import dev.voucheremulator.api.query.Conditions;
import dev.voucheremulator.api.query.Conditions.Column;
import dev.voucheremulator.api.query.Conditions.TextField;
import dev.voucheremulator.api.query.FilterSyntax;
import dev.voucheremulator.api.query.FilterSyntax.Field;
import dev.voucheremulator.api.query.Filters;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * The {@code filters} of GET /v1/redemptions (ParameterFiltersListRedemptions): every field takes the
 * string conditions; the operators of one field are ANDed, the junction joins the fields.
 */
final class RedemptionFilters {

    private static final List<String> FIELDS = List.of("voucher_code", "related_object_id",
            "related_object_parent_id", "parent_redemption_id", "failure_code", "result", "object", "customer_id",
            "campaign_name", "user_login");

    static final FilterSyntax SYNTAX = syntax();

    private RedemptionFilters() {
    }

    /** Checks every value (a 400 for a bad one) and builds the criteria. */
    static Specification<Redemption> specification(Filters filters) {
        return filters.joinedByField(RedemptionFilters::condition);
    }

    private static Specification<Redemption> condition(Filters.Condition c) {
        return switch (c.field()) {
            case "voucher_code" -> text(Redemption_.voucherCode, c);
            // a voucher's or a promotion tier's id; a stacked redemption's parent names no object
            case "related_object_id" -> text(Redemption_.relatedObjectId, c);
            // the campaign of that voucher or tier
            case "related_object_parent_id" -> text(Redemption_.campaignId, c);
            case "parent_redemption_id" -> text(Redemption_.parentId, c);
            case "failure_code" -> text(Redemption_.failureCode, c);
            // SUCCESS or FAILURE; other values match nothing, as for any string
            case "result" -> Conditions.choice(Column.of(Redemption_.result), Redemption.Result.class, c, false);
            case "object" -> text(Redemption_.object, c);
            case "customer_id" -> text(Redemption_.customerId, c);
            case "campaign_name" -> text(Redemption_.campaignName, c);
            // the dashboard user behind a redemption; API calls have none
            case "user_login" -> Conditions.absent(c);
            default -> throw new IllegalStateException("unchecked filter field " + c.field());
        };
    }

    private static Specification<Redemption> text(SingularAttribute<Redemption, String> attribute,
                                                  Filters.Condition c) {
        return Conditions.text(TextField.of(Column.of(attribute)), c);
    }

    private static FilterSyntax syntax() {
        FilterSyntax.Builder syntax = FilterSyntax.builder().claimsEveryFiltersParameter();
        FIELDS.forEach(field -> syntax.field(Field.of(field, Conditions.TEXT, Conditions.LISTS)));
        return syntax.build();
    }
}
