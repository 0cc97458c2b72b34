package dev.voucheremulator.campaign;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.query.Conditions;
import dev.voucheremulator.api.query.Conditions.Column;
import dev.voucheremulator.api.query.Conditions.TextCondition;
import dev.voucheremulator.api.query.Conditions.TextField;
import dev.voucheremulator.api.query.FilterSyntax;
import dev.voucheremulator.api.query.FilterSyntax.Field;
import dev.voucheremulator.api.query.Filters;
import dev.voucheremulator.api.query.QueryString;
import dev.voucheremulator.category.Category;
import dev.voucheremulator.category.Category_;
import dev.voucheremulator.spec.ValidityTimeframe;
import dev.voucheremulator.spec.Validity_;
import dev.voucheremulator.spec.VoucherType;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;

/**
 * The {@code filters} of GET /v1/campaigns: the fields, their operators, and what each means on a
 * {@link Campaign}. Operators of one field are ANDed; the junction joins the fields.
 */
final class CampaignFilters {

    // Campaign's validity attributes, referenced here only: read at query time, after the metamodel is set.
    private static final Column<Campaign, Instant> START_DATE = root -> root.get(Campaign_.validity).get(Validity_.startDate);
    private static final Column<Campaign, Instant> EXPIRATION_DATE = root -> root.get(Campaign_.validity).get(Validity_.expirationDate);
    private static final Column<Campaign, ValidityTimeframe> TIMEFRAME = root -> root.get(Campaign_.validity).get(Validity_.validityTimeframe);
    private static final Column<Campaign, List<Integer>> DAYS_OF_WEEK = root -> root.get(Campaign_.validity).get(Validity_.validityDayOfWeek);

    private static final Set<String> TEXT = Set.of("$in", "$not_in", "$is", "$is_not", "$has_value", "$is_unknown",
            "$starts_with", "$ends_with", "$contains", "$not_contain");
    private static final Set<String> CHOICE = Set.of("$in", "$not_in", "$is", "$is_not", "$has_value", "$is_unknown",
            "$starts_with", "$ends_with");
    private static final Set<String> DATE = Set.of("$after", "$before", "$has_value", "$is_unknown", "$more_than",
            "$less_than");
    private static final Set<String> IN = Set.of("$in", "$not_in");

    static final FilterSyntax SYNTAX = FilterSyntax.builder()
            .field(Field.of("campaigns", TEXT, IN))
            .field(Field.of("campaigns_id", TEXT, IN))
            .field(Field.of("categories", TEXT, IN))
            .field(Field.of("category_ids", TEXT, IN))
            .field(Field.of("campaign_status", CHOICE, IN))
            .field(Field.of("voucher_type", CHOICE, IN))
            .field(Field.of("type", IN, IN))
            .field(Field.of("is_referral_code", Set.of("$is", "$is_not"), Set.of()))
            .field(Field.flags("status", Set.of("$active", "$failed", "$in_progress", "$expired", "before_start")))
            // the schema puts active's flags directly under the field, its description under [conditions]
            .field(Field.flags("active", Set.of("$enabled", "$disabled", "$expired", "$active")).withoutConditions())
            .field(Field.of("created_date", DATE, Set.of()))
            .field(Field.of("updated_at", DATE, Set.of()))
            .field(Field.of("start_date", DATE, Set.of()))
            .field(Field.of("expiration_date", DATE, Set.of()))
            .field(Field.of("validity_timeframe", DATE, Set.of()))
            .field(Field.of("validity_day_of_week", Set.of("$is"), Set.of("$is")))
            .build();

    private CampaignFilters() {
    }

    /** Checks every value (a 400 for a bad one) and builds the criteria; {@code now} anchors relative dates. */
    static Specification<Campaign> specification(Filters filters, Instant now) {
        return filters.joinedByField(condition -> condition(condition, now));
    }

    private static Specification<Campaign> condition(Filters.Condition c, Instant now) {
        return switch (c.field()) {
            case "campaigns" -> Conditions.text(TextField.of(Column.of(Campaign_.name)), c);
            case "campaigns_id" -> Conditions.text(TextField.of(Column.of(Campaign_.id)), c);
            case "category_ids" -> Conditions.text(TextField.of(Column.of(Campaign_.categoryId)), c);
            case "categories" -> Conditions.text(new CategoryName(), c);
            case "campaign_status" -> Conditions.choice(Column.of(Campaign_.creationStatus), CampaignStatus.class, c,
                    true);
            case "voucher_type" -> Conditions.choice(Column.of(Campaign_.voucherType), VoucherType.class, c, true);
            case "type" -> codeGeneration(c);
            case "is_referral_code" -> referral(c);
            case "status" -> status(c.operator(), now);
            case "active" -> active(c.operator(), now);
            case "created_date" -> Conditions.date(Column.of(Campaign_.createdAt), c, now);
            case "updated_at" -> Conditions.date(Column.of(Campaign_.updatedAt), c, now);
            case "start_date" -> Conditions.date(START_DATE, c, now);
            case "expiration_date" -> Conditions.date(EXPIRATION_DATE, c, now);
            case "validity_timeframe" -> timeframe(c);
            case "validity_day_of_week" -> daysOfWeek(c);
            default -> throw new IllegalStateException("unchecked filter field " + c.field());
        };
    }

    /** Category names live in the category table: the campaign has only the id, matched through a subquery. */
    private static final class CategoryName implements TextField<Campaign> {

        @Override
        public Path<?> column(Root<Campaign> root) {
            return root.get(Campaign_.categoryId);
        }

        @Override
        public Predicate matches(Root<Campaign> root, CriteriaQuery<?> query, CriteriaBuilder cb,
                                 TextCondition condition) {
            Subquery<String> ids = query.subquery(String.class);
            Root<Category> category = ids.from(Category.class);
            ids.select(category.get(Category_.id)).where(condition.on(category.get(Category_.name), cb));
            return root.get(Campaign_.categoryId).in(ids);
        }
    }

    private static Specification<Campaign> codeGeneration(Filters.Condition c) {
        Set<CodeGeneration> types = EnumSet.noneOf(CodeGeneration.class);
        for (String value : c.values()) {
            if (value.equals("BULK")) {
                // BULK is virtual: the campaigns that hold a pool of generated codes
                types.add(CodeGeneration.AUTO_UPDATE);
                types.add(CodeGeneration.STATIC);
            } else {
                types.addAll(Conditions.constants(CodeGeneration.class, c.parameter(), List.of(value)));
            }
        }
        Column<Campaign, CodeGeneration> type = Column.of(Campaign_.type);
        return c.operator().equals("$in") ? Conditions.oneOf(type, types) : Conditions.noneOf(type, types);
    }

    private static Specification<Campaign> referral(Filters.Condition c) {
        boolean referral = switch (c.value().trim().toUpperCase(Locale.ROOT)) {
            case "TRUE" -> true;
            case "FALSE" -> false;
            default -> throw ApiException.invalidQueryParams(c.parameter() + " should be one of [TRUE, FALSE]");
        };
        boolean wanted = c.operator().equals("$is") == referral;
        return (root, query, cb) -> cb.equal(root.get(Campaign_.isReferralCode), wanted);
    }

    // status is about code generation: $active means generation finished, whatever the dates. Codes are
    // generated synchronously here, so a campaign is DONE unless stored otherwise.
    private static Specification<Campaign> status(String operator, Instant now) {
        Column<Campaign, CampaignStatus> status = Column.of(Campaign_.creationStatus);
        return switch (operator) {
            case "$active" -> Conditions.oneOf(status, Set.of(CampaignStatus.DONE));
            case "$failed" -> Conditions.oneOf(status, Set.of(CampaignStatus.FAILED));
            case "$in_progress" -> Conditions.oneOf(status, Set.of(CampaignStatus.IN_PROGRESS,
                    CampaignStatus.MODIFYING));
            case "$expired" -> (root, query, cb) -> cb.and(cb.equal(status.of(root), CampaignStatus.DONE),
                    cb.lessThan(EXPIRATION_DATE.of(root), now));
            case "before_start" -> (root, query, cb) -> cb.and(cb.equal(status.of(root), CampaignStatus.DONE),
                    cb.greaterThan(START_DATE.of(root), now));
            default -> throw new IllegalStateException("unchecked operator " + operator);
        };
    }

    private static Specification<Campaign> active(String operator, Instant now) {
        return switch (operator) {
            case "$enabled" -> (root, query, cb) -> cb.isTrue(root.get(Campaign_.active));
            case "$disabled" -> (root, query, cb) -> cb.isFalse(root.get(Campaign_.active));
            case "$expired" -> (root, query, cb) -> cb.lessThan(EXPIRATION_DATE.of(root), now);
            case "$active" -> (root, query, cb) -> {
                Path<Instant> start = START_DATE.of(root);
                Path<Instant> expiration = EXPIRATION_DATE.of(root);
                return cb.and(cb.isTrue(root.get(Campaign_.active)),
                        cb.or(cb.isNull(start), cb.lessThanOrEqualTo(start, now)),
                        cb.or(cb.isNull(expiration), cb.greaterThan(expiration, now)));
            };
            default -> throw new IllegalStateException("unchecked operator " + operator);
        };
    }

    /**
     * A timeframe is a recurring interval with no date of its own, so only presence is filtered; the
     * date operators the spec allows here are checked and then ignored (null: no condition).
     */
    private static Specification<Campaign> timeframe(Filters.Condition c) {
        return switch (c.operator()) {
            case "$has_value", "$is_unknown" -> Conditions.presence(TIMEFRAME, c.operator());
            case "$after", "$before" -> {
                QueryString.instant(c.parameter(), c.value());
                yield null;
            }
            default -> {
                Conditions.days(c.parameter(), c.value());
                yield null;
            }
        };
    }

    /**
     * Campaigns valid on any of the given days (0 = Sunday); a campaign without a day restriction is valid
     * every day and always matches. jsonb_contains is PostgreSQL's function behind {@code @>}; an array
     * contains a scalar that is one of its elements.
     */
    private static Specification<Campaign> daysOfWeek(Filters.Condition c) {
        List<Integer> days = new ArrayList<>();
        for (String value : c.values()) {
            try {
                int day = Integer.parseInt(value);
                if (day >= 0 && day <= 6) {
                    days.add(day);
                    continue;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw ApiException.invalidQueryParams(c.parameter() + " should hold days of the week from 0 to 6");
        }
        if (days.isEmpty()) {
            return null;
        }
        return (root, query, cb) -> {
            Path<List<Integer>> column = DAYS_OF_WEEK.of(root);
            List<Predicate> any = new ArrayList<>();
            any.add(cb.isNull(column));
            for (int day : days) {
                any.add(cb.isTrue(cb.function("jsonb_contains", Boolean.class, column,
                        cb.function("to_jsonb", Object.class, cb.literal(day)))));
            }
            return cb.or(any.toArray(Predicate[]::new));
        };
    }
}
