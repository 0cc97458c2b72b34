package dev.voucheremulator.customer;

import dev.voucheremulator.api.query.Conditions;
import dev.voucheremulator.api.query.FilterSyntax;
import dev.voucheremulator.api.query.FilterSyntax.Field;
import dev.voucheremulator.api.query.Filters;
import dev.voucheremulator.api.query.ValueConditions;
import java.time.Instant;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The {@code filters} of GET /v1/customers/{id}/redeemables (ParameterFiltersListCustomerRedeemables),
 * applied to the redeemables as listed: the operators of one field are ANDed, the junction joins the
 * fields.
 */
final class CustomerRedeemableFilters {

    static final FilterSyntax SYNTAX = FilterSyntax.builder().claimsEveryFiltersParameter()
            .field(Field.of("id", Conditions.TEXT, Conditions.LISTS))
            .field(Field.of("created_at", Conditions.DATE, Set.of()))
            .field(Field.of("redeemable_id", Conditions.TEXT, Conditions.LISTS))
            .field(Field.of("redeemable_object", ValueConditions.CHOICE, Conditions.LISTS))
            .field(Field.of("holder_role", ValueConditions.CHOICE, Conditions.LISTS))
            .field(Field.of("campaign_id", Conditions.TEXT, Conditions.LISTS))
            .field(Field.of("campaign_type", ValueConditions.CHOICE, Conditions.LISTS))
            .field(Field.of("voucher_type", ValueConditions.CHOICE, Conditions.LISTS))
            .build();

    private CustomerRedeemableFilters() {
    }

    /** Checks every value (a 400 for a bad one); {@code now} anchors relative dates. */
    static Predicate<RedeemableResponse> matcher(Filters filters, Instant now) {
        return filters.matchingByField(c -> switch (c.field()) {
            case "id" -> text(c, RedeemableResponse::id);
            case "created_at" -> {
                Predicate<Instant> date = ValueConditions.date(c, now);
                yield r -> date.test(r.createdAt());
            }
            case "redeemable_id" -> text(c, RedeemableResponse::redeemableId);
            case "redeemable_object" -> text(c, RedeemableResponse::redeemableObject);
            case "holder_role" -> text(c, RedeemableResponse::holderRole);
            case "campaign_id" -> text(c, RedeemableResponse::campaignId);
            case "campaign_type" -> text(c, RedeemableResponse::campaignType);
            case "voucher_type" -> text(c, RedeemableResponse::voucherType);
            default -> throw new IllegalStateException("unchecked filter field " + c.field());
        });
    }

    private static Predicate<RedeemableResponse> text(Filters.Condition c, Function<RedeemableResponse, String> field) {
        Predicate<String> test = ValueConditions.text(c);
        return r -> test.test(field.apply(r));
    }
}
