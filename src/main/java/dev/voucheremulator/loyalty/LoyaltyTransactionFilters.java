package dev.voucheremulator.loyalty;

import dev.voucheremulator.api.query.Conditions;
import dev.voucheremulator.api.query.Conditions.Column;
import dev.voucheremulator.api.query.Conditions.TextField;
import dev.voucheremulator.api.query.FilterSyntax;
import dev.voucheremulator.api.query.FilterSyntax.Field;
import dev.voucheremulator.api.query.Filters;
import java.time.Instant;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;

/**
 * The {@code filters} of the loyalty transaction lists: a program's (ParametersFiltersListCampaignTransactions:
 * {@code id}, {@code voucher_id}) and a card's (ParameterFiltersListMemberTransactions: {@code id},
 * {@code created_at}). The operators of one field are ANDed, the junction joins the fields.
 */
final class LoyaltyTransactionFilters {

    static final FilterSyntax CAMPAIGN = FilterSyntax.builder().claimsEveryFiltersParameter()
            .field(Field.of("id", Conditions.TEXT, Conditions.LISTS))
            .field(Field.of("voucher_id", Conditions.TEXT, Conditions.LISTS))
            .build();

    static final FilterSyntax MEMBER = FilterSyntax.builder().claimsEveryFiltersParameter()
            .field(Field.of("id", Conditions.TEXT, Conditions.LISTS))
            .field(Field.of("created_at", Conditions.DATE, Set.of()))
            .build();

    private LoyaltyTransactionFilters() {
    }

    /** Checks every value (a 400 for a bad one) and builds the criteria; {@code now} anchors relative dates. */
    static Specification<LoyaltyTransaction> specification(Filters filters, Instant now) {
        return filters.joinedByField(c -> switch (c.field()) {
            case "id" -> Conditions.text(TextField.of(Column.of(LoyaltyTransaction_.id)), c);
            case "voucher_id" -> Conditions.text(TextField.of(Column.of(LoyaltyTransaction_.voucherId)), c);
            case "created_at" -> Conditions.date(Column.of(LoyaltyTransaction_.createdAt), c, now);
            default -> throw new IllegalStateException("unchecked filter field " + c.field());
        });
    }
}
