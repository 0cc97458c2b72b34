package dev.voucheremulator.voucher;

import dev.voucheremulator.api.query.Conditions;
import dev.voucheremulator.api.query.Conditions.Column;
import dev.voucheremulator.api.query.Conditions.TextCondition;
import dev.voucheremulator.api.query.Conditions.TextField;
import dev.voucheremulator.api.query.FilterSyntax;
import dev.voucheremulator.api.query.FilterSyntax.Field;
import dev.voucheremulator.api.query.Filters;
import dev.voucheremulator.category.Category;
import dev.voucheremulator.category.Category_;
import dev.voucheremulator.spec.Validity_;
import dev.voucheremulator.spec.VoucherType;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.metamodel.SingularAttribute;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;

/**
 * The {@code filters} of GET /v1/vouchers. The spec types them only as an object; the fields are the
 * voucher fields of Voucherify's export filters (ExportVoucherFilters) that the emulator stores in a
 * column, and {@code metadata.<key>} as the SDKs' examples send it. The operators of one field are
 * ANDed, the junction joins the fields.
 */
final class VoucherFilters {

    private static final Column<Voucher, Instant> START_DATE = root -> root.get(Voucher_.validity).get(Validity_.startDate);
    private static final Column<Voucher, Instant> EXPIRATION_DATE =
            root -> root.get(Voucher_.validity).get(Validity_.expirationDate);
    // $is / $is_not TRUE|FALSE, or the flags list-campaigns knows, whose values mean nothing ($active=true)
    private static final Set<String> ACTIVE = Set.of("$is", "$is_not", "$active", "$enabled", "$disabled",
            "$expired");
    private static final String METADATA = "metadata.";
    private static final Set<String> BOOLEAN = Set.of("$is", "$is_not");

    static final FilterSyntax SYNTAX = FilterSyntax.builder().claimsEveryFiltersParameter()
            .field(Field.of("id", Conditions.TEXT, Conditions.LISTS))
            .field(Field.of("code", Conditions.TEXT, Conditions.LISTS))
            .field(Field.of("voucher_type", Conditions.TEXT, Conditions.LISTS))
            .field(Field.of("campaign", Conditions.TEXT, Conditions.LISTS))
            .field(Field.of("campaign_id", Conditions.TEXT, Conditions.LISTS))
            .field(Field.of("category", Conditions.TEXT, Conditions.LISTS))
            .field(Field.of("customer_id", Conditions.TEXT, Conditions.LISTS))
            .field(Field.of("additional_info", Conditions.TEXT, Conditions.LISTS))
            .field(Field.of("active", ACTIVE, Set.of()))
            .field(Field.of("is_referral_code", BOOLEAN, Set.of()))
            .field(Field.of("redemption_quantity", Conditions.NUMBER, Conditions.LISTS))
            .field(Field.of("redemption_count", Conditions.NUMBER, Conditions.LISTS))
            .field(Field.of("start_date", Conditions.DATE, Set.of()))
            .field(Field.of("expiration_date", Conditions.DATE, Set.of()))
            .field(Field.of("created_at", Conditions.DATE, Set.of()))
            .field(Field.of("updated_at", Conditions.DATE, Set.of()))
            // metadata.<key>, a dot for each level deeper; values compare as the text JSON gives them
            .family(METADATA, Field.of("metadata", Conditions.TEXT, Conditions.LISTS))
            .build();

    private VoucherFilters() {
    }

    /** Checks every value (a 400 for a bad one) and builds the criteria; {@code now} anchors relative dates. */
    static Specification<Voucher> specification(Filters filters, Instant now) {
        return filters.joinedByField(c -> condition(c, now));
    }

    private static Specification<Voucher> condition(Filters.Condition c, Instant now) {
        if (c.field().startsWith(METADATA)) {
            return Conditions.text(new MetadataValue(c.field().substring(METADATA.length()).split("\\.")), c);
        }
        return switch (c.field()) {
            case "id" -> text(Voucher_.id, c);
            case "code" -> text(Voucher_.code, c);
            // DISCOUNT_VOUCHER, GIFT_VOUCHER or LOYALTY_CARD; other values match nothing
            case "voucher_type" -> Conditions.choice(Column.of(Voucher_.type), VoucherType.class, c, false);
            case "campaign" -> text(Voucher_.campaignName, c);
            case "campaign_id" -> text(Voucher_.campaignId, c);
            case "category" -> Conditions.text(new CategoryName(), c);
            case "customer_id" -> text(Voucher_.holderId, c);
            case "additional_info" -> text(Voucher_.additionalInfo, c);
            case "active" -> active(c, now);
            case "is_referral_code" -> bool(Voucher_.isReferralCode, c);
            // unlimited vouchers have no quantity: only $is_unknown and the negations keep them
            case "redemption_quantity" -> Conditions.number(Column.of(Voucher_.redemptionQuantity), c);
            case "redemption_count" -> Conditions.number(Column.of(Voucher_.redeemedQuantity), c);
            case "start_date" -> Conditions.date(START_DATE, c, now);
            case "expiration_date" -> Conditions.date(EXPIRATION_DATE, c, now);
            case "created_at" -> Conditions.date(Column.of(Voucher_.createdAt), c, now);
            case "updated_at" -> Conditions.date(Column.of(Voucher_.updatedAt), c, now);
            default -> throw new IllegalStateException("unchecked filter field " + c.field());
        };
    }

    private static Specification<Voucher> text(SingularAttribute<Voucher, String> attribute, Filters.Condition c) {
        return Conditions.text(TextField.of(Column.of(attribute)), c);
    }

    private static Specification<Voucher> bool(SingularAttribute<Voucher, Boolean> attribute, Filters.Condition c) {
        boolean wanted = c.operator().equals("$is") == Conditions.bool(c);
        return (root, query, cb) -> cb.equal(root.get(attribute), wanted);
    }

    private static Specification<Voucher> active(Filters.Condition c, Instant now) {
        return switch (c.operator()) {
            case "$is", "$is_not" -> bool(Voucher_.active, c);
            case "$enabled" -> (root, query, cb) -> cb.isTrue(root.get(Voucher_.active));
            case "$disabled" -> (root, query, cb) -> cb.isFalse(root.get(Voucher_.active));
            case "$expired" -> (root, query, cb) -> cb.lessThan(EXPIRATION_DATE.of(root), now);
            // redeemable now as far as its own flag and dates go
            case "$active" -> (root, query, cb) -> {
                Path<Instant> start = START_DATE.of(root);
                Path<Instant> expiration = EXPIRATION_DATE.of(root);
                return cb.and(cb.isTrue(root.get(Voucher_.active)),
                        cb.or(cb.isNull(start), cb.lessThanOrEqualTo(start, now)),
                        cb.or(cb.isNull(expiration), cb.greaterThan(expiration, now)));
            };
            default -> throw new IllegalStateException("unchecked operator " + c.operator());
        };
    }

    /** A metadata value as text (jsonb_extract_path_text): null when the key is absent or JSON null. */
    private record MetadataValue(String[] path) implements TextField<Voucher> {

        @Override
        public Path<?> column(Root<Voucher> root) {
            return root.get(Voucher_.metadata);
        }

        @Override
        public Predicate isNull(Root<Voucher> root, CriteriaBuilder cb) {
            return cb.isNull(value(root, cb));
        }

        @Override
        public Predicate matches(Root<Voucher> root, CriteriaQuery<?> query, CriteriaBuilder cb,
                                 TextCondition condition) {
            return condition.on(value(root, cb), cb);
        }

        private Expression<String> value(Root<Voucher> root, CriteriaBuilder cb) {
            List<Expression<?>> arguments = new ArrayList<>();
            arguments.add(root.get(Voucher_.metadata));
            for (String key : path) {
                arguments.add(cb.literal(key));
            }
            return cb.function("jsonb_extract_path_text", String.class, arguments.toArray(Expression[]::new));
        }
    }

    /** Category names live in the category table: the voucher has only the id, matched through a subquery. */
    private static final class CategoryName implements TextField<Voucher> {

        @Override
        public Path<?> column(Root<Voucher> root) {
            return root.get(Voucher_.categoryId);
        }

        @Override
        public Predicate matches(Root<Voucher> root, CriteriaQuery<?> query, CriteriaBuilder cb,
                                 TextCondition condition) {
            Subquery<String> ids = query.subquery(String.class);
            Root<Category> category = ids.from(Category.class);
            ids.select(category.get(Category_.id)).where(condition.on(category.get(Category_.name), cb));
            return root.get(Voucher_.categoryId).in(ids);
        }
    }
}
