package dev.voucheremulator.campaign;

import dev.voucheremulator.api.query.QueryParams;
import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.category.Category;
import dev.voucheremulator.spec.VoucherType;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.data.jpa.domain.Specification;

/**
 * The {@code filters} deepObject of GET /v1/campaigns, checked completely before any query runs so that
 * bad input is a 400 {@code invalid_query_params}, never a failing query.
 *
 * <p>Key shapes: {@code filters[junction]=and|or} and {@code filters[<field>][conditions][<operator>]=value}.
 * List operators also take {@code [<operator>][]=}, {@code [<operator>][0]=}, repeated keys and
 * comma-separated values. Operators of one field are ANDed; the junction joins the fields.
 */
final class CampaignFilters {

    private static final String PREFIX = "filters";
    private static final Pattern SEGMENT = Pattern.compile("\\[([^\\[\\]]*)]");
    private static final Pattern INDEX = Pattern.compile("\\d*");

    private static final Set<String> TEXT_OPERATORS = Set.of("$in", "$not_in", "$is", "$is_not", "$has_value",
            "$is_unknown", "$starts_with", "$ends_with", "$contains", "$not_contain");
    private static final Set<String> CHOICE_OPERATORS = Set.of("$in", "$not_in", "$is", "$is_not", "$has_value",
            "$is_unknown", "$starts_with", "$ends_with");
    private static final Set<String> DATE_OPERATORS = Set.of("$after", "$before", "$has_value", "$is_unknown",
            "$more_than", "$less_than");
    private static final Set<String> IN_OPERATORS = Set.of("$in", "$not_in");

    /** The filterable fields, named as on the wire. */
    private enum Field {
        CAMPAIGNS(TEXT_OPERATORS, IN_OPERATORS),
        CAMPAIGNS_ID(TEXT_OPERATORS, IN_OPERATORS),
        CATEGORIES(TEXT_OPERATORS, IN_OPERATORS),
        CATEGORY_IDS(TEXT_OPERATORS, IN_OPERATORS),
        CAMPAIGN_STATUS(CHOICE_OPERATORS, IN_OPERATORS),
        VOUCHER_TYPE(CHOICE_OPERATORS, IN_OPERATORS),
        TYPE(IN_OPERATORS, IN_OPERATORS),
        IS_REFERRAL_CODE(Set.of("$is", "$is_not"), Set.of()),
        STATUS(Set.of("$active", "$failed", "$in_progress", "$expired", "before_start"), Set.of()),
        ACTIVE(Set.of("$enabled", "$disabled", "$expired", "$active"), Set.of()),
        CREATED_DATE(DATE_OPERATORS, Set.of()),
        UPDATED_AT(DATE_OPERATORS, Set.of()),
        START_DATE(DATE_OPERATORS, Set.of()),
        EXPIRATION_DATE(DATE_OPERATORS, Set.of()),
        VALIDITY_TIMEFRAME(DATE_OPERATORS, Set.of()),
        VALIDITY_DAY_OF_WEEK(Set.of("$is"), Set.of("$is"));

        final String key = name().toLowerCase(Locale.ROOT);
        final Set<String> operators;
        final Set<String> listOperators;

        Field(Set<String> operators, Set<String> listOperators) {
            this.operators = operators;
            this.listOperators = listOperators;
        }

        /** status and active take flags passed as empty objects: their values mean nothing. */
        boolean flags() {
            return this == STATUS || this == ACTIVE;
        }

        static Field named(String key) {
            for (Field field : values()) {
                if (field.key.equals(key)) {
                    return field;
                }
            }
            throw ApiException.invalidQueryParams("Unknown filter field '" + key + "'; allowed: "
                    + Arrays.stream(values()).map(f -> f.key).collect(Collectors.joining(", ")) + ", junction");
        }
    }

    /** The parsed request: the junction and, per field, the values given to each operator. */
    record Filters(boolean anyOf, Map<String, Map<String, List<String>>> fields) {
    }

    private CampaignFilters() {
    }

    static Specification<Campaign> parse(Map<String, String[]> params, Clock clock) {
        Filters filters = read(params);
        Instant now = clock.instant();
        List<Specification<Campaign>> parts = new ArrayList<>();
        filters.fields().forEach((key, operators) -> {
            Specification<Campaign> part = field(Field.named(key), operators, now);
            if (part != null) {
                parts.add(part);
            }
        });
        if (parts.isEmpty()) {
            return Specification.unrestricted();
        }
        return filters.anyOf() ? Specification.anyOf(parts) : Specification.allOf(parts);
    }

    /** Checks the key syntax, fields and operators and gathers the values; the values themselves are checked later. */
    static Filters read(Map<String, String[]> params) {
        boolean anyOf = false;
        Map<Field, Map<String, List<String>>> raw = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> entry : params.entrySet()) {
            String key = entry.getKey();
            if (!key.startsWith(PREFIX + "[")) {
                continue;
            }
            List<String> values = entry.getValue() == null ? List.of() : Arrays.asList(entry.getValue());
            List<String> path = segments(key);
            if (path.get(0).equals("junction")) {
                if (path.size() > 1) {
                    throw malformed(key);
                }
                anyOf = junction(values);
                continue;
            }
            Field field = Field.named(path.get(0));
            int at;
            if (path.size() > 1 && path.get(1).equals("conditions")) {
                at = 2;
            } else if (field == Field.ACTIVE) {
                // the schema puts active's flags directly under the field, its description under [conditions]
                at = 1;
            } else {
                throw malformed(key);
            }
            if (path.size() <= at) {
                throw ApiException.invalidQueryParams("Filter '" + key + "' names no operator");
            }
            String operator = path.get(at);
            if (!field.operators.contains(operator)) {
                throw ApiException.invalidQueryParams("Unknown operator '" + operator + "' for filter '" + field.key
                        + "'; allowed: " + String.join(", ", field.operators.stream().sorted().toList()));
            }
            boolean arraySuffix = path.size() == at + 2 && INDEX.matcher(path.get(at + 1)).matches();
            if (path.size() > at + 1 && !arraySuffix) {
                throw malformed(key);
            }
            raw.computeIfAbsent(field, f -> new LinkedHashMap<>())
                    .computeIfAbsent(operator, o -> new ArrayList<>())
                    .addAll(values);
        }
        Map<String, Map<String, List<String>>> fields = new LinkedHashMap<>();
        raw.forEach((field, operators) -> {
            Map<String, List<String>> normalised = new LinkedHashMap<>();
            operators.forEach((operator, values) -> normalised.put(operator, values(field, operator, values)));
            fields.put(field.key, normalised);
        });
        return new Filters(anyOf, fields);
    }

    private static List<String> segments(String key) {
        String rest = key.substring(PREFIX.length());
        Matcher matcher = SEGMENT.matcher(rest);
        List<String> segments = new ArrayList<>();
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            segments.add(matcher.group(1));
            end = matcher.end();
        }
        if (end != rest.length() || segments.isEmpty()) {
            throw malformed(key);
        }
        return segments;
    }

    private static ApiException malformed(String key) {
        return ApiException.invalidQueryParams("Malformed filter '" + key
                + "'; expected filters[<field>][conditions][<operator>]");
    }

    private static boolean junction(List<String> values) {
        if (values.size() != 1) {
            throw ApiException.invalidQueryParams("Filter 'junction' takes one value: and or or (default and)");
        }
        return switch (values.get(0).trim().toLowerCase(Locale.ROOT)) {
            case "and" -> false;
            case "or" -> true;
            default -> throw ApiException.invalidQueryParams("Filter 'junction' should be one of [and, or]");
        };
    }

    private static List<String> values(Field field, String operator, List<String> values) {
        if (field.listOperators.contains(operator)) {
            return values.stream()
                    .flatMap(value -> Arrays.stream(value.split(",")))
                    .map(String::trim)
                    .filter(value -> !value.isEmpty())
                    .toList();
        }
        if (values.size() > 1 && !field.flags()) {
            throw ApiException.invalidQueryParams(parameter(field, operator) + " takes a single value");
        }
        return List.of(values.isEmpty() ? "" : values.get(0));
    }

    private static String parameter(Field field, String operator) {
        return "filters[" + field.key + "][conditions][" + operator + "]";
    }

    /** All operators of one field, ANDed; null when nothing of the field can be applied. */
    private static Specification<Campaign> field(Field field, Map<String, List<String>> operators, Instant now) {
        List<Specification<Campaign>> conditions = new ArrayList<>();
        operators.forEach((operator, values) -> {
            Specification<Campaign> condition = condition(field, operator, values, now);
            if (condition != null) {
                conditions.add(condition);
            }
        });
        return conditions.isEmpty() ? null : Specification.allOf(conditions);
    }

    private static Specification<Campaign> condition(Field field, String operator, List<String> values, Instant now) {
        String parameter = parameter(field, operator);
        return switch (field) {
            case CAMPAIGNS -> text(new Text("name", false), operator, values);
            case CAMPAIGNS_ID -> text(new Text("id", false), operator, values);
            case CATEGORY_IDS -> text(new Text("categoryId", false), operator, values);
            case CATEGORIES -> text(new Text("categoryId", true), operator, values);
            case CAMPAIGN_STATUS -> choice("creationStatus", CampaignStatus.class, parameter, operator, values);
            case VOUCHER_TYPE -> choice("voucherType", VoucherType.class, parameter, operator, values);
            case TYPE -> codeGeneration(parameter, operator, values);
            case IS_REFERRAL_CODE -> referral(parameter, operator, values.get(0));
            case STATUS -> status(operator, now);
            case ACTIVE -> active(operator, now);
            case CREATED_DATE -> date("createdAt", parameter, operator, values.get(0), now);
            case UPDATED_AT -> date("updatedAt", parameter, operator, values.get(0), now);
            case START_DATE -> date("validity.startDate", parameter, operator, values.get(0), now);
            case EXPIRATION_DATE -> date("validity.expirationDate", parameter, operator, values.get(0), now);
            case VALIDITY_TIMEFRAME -> timeframe(parameter, operator, values.get(0), now);
            case VALIDITY_DAY_OF_WEEK -> daysOfWeek(parameter, values);
        };
    }

    // --- text: names, ids, category names and ids

    /** A text-valued condition on some string expression. */
    private interface TextCondition {
        Predicate on(Expression<String> value, CriteriaBuilder cb);
    }

    /**
     * A text field. {@code attribute} is the campaign column that is null when the value is absent; for
     * category names it is the category reference and the names are matched in a subquery, as the
     * campaign has no association to navigate.
     */
    private record Text(String attribute, boolean categoryName) {

        Predicate matches(Root<Campaign> root, CriteriaQuery<?> query, CriteriaBuilder cb, TextCondition condition) {
            Path<String> column = root.get(attribute);
            if (!categoryName) {
                return condition.on(column, cb);
            }
            Subquery<String> ids = query.subquery(String.class);
            Root<Category> category = ids.from(Category.class);
            ids.select(category.get("id")).where(condition.on(category.get("name"), cb));
            return column.in(ids);
        }
    }

    private static Specification<Campaign> text(Text target, String operator, List<String> values) {
        String value = values.isEmpty() ? "" : values.get(0);
        return switch (operator) {
            case "$in" -> values.isEmpty() ? nothing() : including(target, (v, cb) -> v.in(values));
            case "$not_in" -> values.isEmpty() ? everything() : excluding(target, (v, cb) -> v.in(values));
            case "$is" -> including(target, (v, cb) -> cb.equal(v, value));
            case "$is_not" -> excluding(target, (v, cb) -> cb.equal(v, value));
            case "$has_value" -> (root, query, cb) -> cb.isNotNull(root.get(target.attribute()));
            case "$is_unknown" -> (root, query, cb) -> cb.isNull(root.get(target.attribute()));
            case "$starts_with" -> including(target, like(escapeLike(value) + "%"));
            case "$ends_with" -> including(target, like("%" + escapeLike(value)));
            case "$contains" -> including(target, like("%" + escapeLike(value) + "%"));
            case "$not_contain" -> excluding(target, like("%" + escapeLike(value) + "%"));
            default -> throw new IllegalStateException("unchecked operator " + operator);
        };
    }

    private static Specification<Campaign> including(Text target, TextCondition condition) {
        return (root, query, cb) -> target.matches(root, query, cb, condition);
    }

    // Negations keep campaigns without the value: a campaign without a category has no name to omit.
    private static Specification<Campaign> excluding(Text target, TextCondition condition) {
        return (root, query, cb) -> cb.or(cb.isNull(root.get(target.attribute())),
                cb.not(target.matches(root, query, cb, condition)));
    }

    private static TextCondition like(String pattern) {
        return (value, cb) -> cb.like(value, pattern, '\\');
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    // --- enum-valued columns

    private static <E extends Enum<E>> Specification<Campaign> choice(String attribute, Class<E> type, String parameter,
                                                                      String operator, List<String> values) {
        return switch (operator) {
            case "$in", "$is" -> oneOf(attribute, constants(type, parameter, values));
            case "$not_in", "$is_not" -> noneOf(attribute, constants(type, parameter, values));
            case "$has_value" -> (root, query, cb) -> cb.isNotNull(root.get(attribute));
            case "$is_unknown" -> (root, query, cb) -> cb.isNull(root.get(attribute));
            // on an enum a prefix or suffix is just a set of constants
            case "$starts_with" -> oneOf(attribute, EnumSet.allOf(type).stream()
                    .filter(constant -> constant.name().startsWith(values.get(0))).toList());
            case "$ends_with" -> oneOf(attribute, EnumSet.allOf(type).stream()
                    .filter(constant -> constant.name().endsWith(values.get(0))).toList());
            default -> throw new IllegalStateException("unchecked operator " + operator);
        };
    }

    private static <E extends Enum<E>> Set<E> constants(Class<E> type, String parameter, List<String> values) {
        Set<E> constants = EnumSet.noneOf(type);
        for (String value : values) {
            try {
                constants.add(Enum.valueOf(type, value.trim()));
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidQueryParams(parameter + " should be one of "
                        + Arrays.toString(type.getEnumConstants()) + ", not '" + value + "'");
            }
        }
        return constants;
    }

    private static Specification<Campaign> oneOf(String attribute, Collection<?> values) {
        return (root, query, cb) -> values.isEmpty() ? cb.disjunction() : root.get(attribute).in(values);
    }

    private static Specification<Campaign> noneOf(String attribute, Collection<?> values) {
        return (root, query, cb) -> {
            if (values.isEmpty()) {
                return cb.conjunction();
            }
            Path<Object> column = root.get(attribute);
            return cb.or(cb.isNull(column), cb.not(column.in(values)));
        };
    }

    private static Specification<Campaign> codeGeneration(String parameter, String operator, List<String> values) {
        Set<CodeGeneration> types = EnumSet.noneOf(CodeGeneration.class);
        for (String value : values) {
            if (value.equals("BULK")) {
                // BULK is virtual: the campaigns that hold a pool of generated codes
                types.add(CodeGeneration.AUTO_UPDATE);
                types.add(CodeGeneration.STATIC);
            } else {
                types.addAll(constants(CodeGeneration.class, parameter, List.of(value)));
            }
        }
        return operator.equals("$in") ? oneOf("type", types) : noneOf("type", types);
    }

    private static Specification<Campaign> referral(String parameter, String operator, String value) {
        boolean referral = switch (value.trim().toUpperCase(Locale.ROOT)) {
            case "TRUE" -> true;
            case "FALSE" -> false;
            default -> throw ApiException.invalidQueryParams(parameter + " should be one of [TRUE, FALSE]");
        };
        boolean wanted = operator.equals("$is") == referral;
        return (root, query, cb) -> cb.equal(root.get("isReferralCode"), wanted);
    }

    // --- lifecycle flags

    // status is about code generation: $active means generation finished, whatever the dates. Codes are
    // generated synchronously here, so a campaign is DONE unless stored otherwise.
    private static Specification<Campaign> status(String operator, Instant now) {
        return switch (operator) {
            case "$active" -> oneOf("creationStatus", Set.of(CampaignStatus.DONE));
            case "$failed" -> oneOf("creationStatus", Set.of(CampaignStatus.FAILED));
            case "$in_progress" -> oneOf("creationStatus", Set.of(CampaignStatus.IN_PROGRESS, CampaignStatus.MODIFYING));
            case "$expired" -> (root, query, cb) -> cb.and(cb.equal(root.get("creationStatus"), CampaignStatus.DONE),
                    cb.lessThan(path(root, "validity.expirationDate"), now));
            case "before_start" -> (root, query, cb) -> cb.and(
                    cb.equal(root.get("creationStatus"), CampaignStatus.DONE),
                    cb.greaterThan(path(root, "validity.startDate"), now));
            default -> throw new IllegalStateException("unchecked operator " + operator);
        };
    }

    private static Specification<Campaign> active(String operator, Instant now) {
        return switch (operator) {
            case "$enabled" -> (root, query, cb) -> cb.isTrue(root.<Boolean>get("active"));
            case "$disabled" -> (root, query, cb) -> cb.isFalse(root.<Boolean>get("active"));
            case "$expired" -> (root, query, cb) -> cb.lessThan(path(root, "validity.expirationDate"), now);
            case "$active" -> (root, query, cb) -> {
                Path<Instant> start = path(root, "validity.startDate");
                Path<Instant> expiration = path(root, "validity.expirationDate");
                return cb.and(cb.isTrue(root.<Boolean>get("active")),
                        cb.or(cb.isNull(start), cb.lessThanOrEqualTo(start, now)),
                        cb.or(cb.isNull(expiration), cb.greaterThan(expiration, now)));
            };
            default -> throw new IllegalStateException("unchecked operator " + operator);
        };
    }

    // --- dates

    private static Specification<Campaign> date(String attribute, String parameter, String operator, String value,
                                                Instant now) {
        return switch (operator) {
            case "$after" -> {
                Instant after = instant(parameter, value);
                yield (root, query, cb) -> cb.greaterThan(path(root, attribute), after);
            }
            case "$before" -> {
                Instant before = instant(parameter, value);
                yield (root, query, cb) -> cb.lessThan(path(root, attribute), before);
            }
            case "$has_value" -> (root, query, cb) -> cb.isNotNull(path(root, attribute));
            case "$is_unknown" -> (root, query, cb) -> cb.isNull(path(root, attribute));
            // "more than n days ago" / "less than n days ago"
            case "$more_than" -> {
                Instant threshold = now.minus(Duration.ofDays(days(parameter, value)));
                yield (root, query, cb) -> cb.lessThan(path(root, attribute), threshold);
            }
            case "$less_than" -> {
                Instant threshold = now.minus(Duration.ofDays(days(parameter, value)));
                yield (root, query, cb) -> cb.greaterThan(path(root, attribute), threshold);
            }
            default -> throw new IllegalStateException("unchecked operator " + operator);
        };
    }

    /**
     * A timeframe is a recurring interval with no date of its own, so only presence is filtered; the
     * date operators the spec allows here are checked and then ignored (null: no condition).
     */
    private static Specification<Campaign> timeframe(String parameter, String operator, String value, Instant now) {
        return switch (operator) {
            case "$has_value", "$is_unknown" -> date("validity.validityTimeframe", parameter, operator, value, now);
            case "$after", "$before" -> {
                instant(parameter, value);
                yield null;
            }
            case "$more_than", "$less_than" -> {
                days(parameter, value);
                yield null;
            }
            default -> throw new IllegalStateException("unchecked operator " + operator);
        };
    }

    // "validity.startDate": the validity fields are parts of the embedded Validity
    private static <T> Path<T> path(Root<Campaign> root, String attribute) {
        int dot = attribute.indexOf('.');
        return dot < 0 ? root.get(attribute) : root.get(attribute.substring(0, dot)).get(attribute.substring(dot + 1));
    }

    private static Instant instant(String parameter, String value) {
        return QueryParams.instant(parameter, value);
    }

    private static long days(String parameter, String value) {
        try {
            long days = Long.parseLong(value.trim());
            if (days >= 0 && days <= 36_500) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalidQueryParams(parameter + " should be a whole number of days");
    }

    // --- days of the week

    /**
     * Campaigns valid on any of the given days (0 = Sunday); a campaign without a day restriction is valid
     * every day and always matches. jsonb_contains is PostgreSQL's function behind {@code @>}; an array
     * contains a scalar that is one of its elements.
     */
    private static Specification<Campaign> daysOfWeek(String parameter, List<String> values) {
        List<Integer> days = new ArrayList<>();
        for (String value : values) {
            try {
                int day = Integer.parseInt(value);
                if (day >= 0 && day <= 6) {
                    days.add(day);
                    continue;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw ApiException.invalidQueryParams(parameter + " should hold days of the week from 0 to 6");
        }
        if (days.isEmpty()) {
            return null;
        }
        return (root, query, cb) -> {
            Path<Object> column = path(root, "validity.validityDayOfWeek");
            List<Predicate> any = new ArrayList<>();
            any.add(cb.isNull(column));
            for (int day : days) {
                any.add(cb.isTrue(cb.function("jsonb_contains", Boolean.class, column,
                        cb.function("to_jsonb", Object.class, cb.literal(day)))));
            }
            return cb.or(any.toArray(Predicate[]::new));
        };
    }

    private static Specification<Campaign> nothing() {
        return (root, query, cb) -> cb.disjunction();
    }

    private static Specification<Campaign> everything() {
        return (root, query, cb) -> cb.conjunction();
    }
}
