package dev.voucheremulator.api.query;

import dev.voucheremulator.api.error.ApiException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code filters} deepObject of one list: {@code filters[junction]=and|or} and
 * {@code filters[<field>][conditions][<operator>]=value}. List operators also take
 * {@code [<operator>][]=}, {@code [<operator>][0]=}, repeated keys and comma-separated values.
 * {@link #read} checks keys, fields and operators before any query runs, so bad input is a 400
 * invalid_query_params and never a failing query; what the values mean is the resource's business.
 */
public final class FilterSyntax {

    private static final String PREFIX = "filters";
    private static final Pattern SEGMENT = Pattern.compile("\\[([^\\[\\]]*)]");
    private static final Pattern INDEX = Pattern.compile("\\d*");

    /**
     * A filterable field, named as on the wire. {@code flags}: operators passed as empty objects
     * whose values mean nothing; {@code conditionsOptional}: the operator may follow the field directly.
     */
    public record Field(String name, Set<String> operators, Set<String> listOperators, boolean flags,
                        boolean conditionsOptional) {

        public static Field of(String name, Set<String> operators, Set<String> listOperators) {
            return new Field(name, operators, listOperators, false, false);
        }

        public static Field flags(String name, Set<String> operators) {
            return new Field(name, operators, Set.of(), true, false);
        }

        public Field withoutConditions() {
            return new Field(name, operators, listOperators, flags, true);
        }

        Field named(String other) {
            return new Field(other, operators, listOperators, flags, conditionsOptional);
        }
    }

    /** What went wrong with which key; a list words it in its {@link Builder#messages messages}. */
    public record Problem(Kind kind, String key, String field, String operator, FilterSyntax syntax) {

        /** JUNCTION_VALUES: several junctions at once; JUNCTION: one that is neither and nor or. */
        public enum Kind { MALFORMED, NO_OPERATOR, UNKNOWN_FIELD, UNKNOWN_OPERATOR, JUNCTION_VALUES, JUNCTION,
            SINGLE_VALUE }

        /** The allowed operators of the field, sorted. */
        public List<String> operators() {
            return syntax.field(field).operators().stream().sorted().toList();
        }

        public List<String> fields() {
            List<String> names = new ArrayList<>(syntax.fields.keySet());
            syntax.families.keySet().forEach(prefix -> names.add(prefix + "<key>"));
            return List.copyOf(names);
        }
    }

    private final Map<String, Field> fields;
    private final Map<String, Field> families;
    private final Function<Problem, String> messages;
    private final boolean claimsPrefix;

    private FilterSyntax(Map<String, Field> fields, Map<String, Field> families, Function<Problem, String> messages,
                         boolean claimsPrefix) {
        this.fields = fields;
        this.families = families;
        this.messages = messages;
        this.claimsPrefix = claimsPrefix;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {

        private final Map<String, Field> fields = new LinkedHashMap<>();
        private final Map<String, Field> families = new LinkedHashMap<>();
        private Function<Problem, String> messages = FilterSyntax::defaultMessage;
        private boolean claimsPrefix;

        public Builder field(Field field) {
            fields.put(field.name(), field);
            return this;
        }

        /**
         * Every field named {@code prefix} and a non-empty rest, such as {@code metadata.<key>}, takes the
         * operators of {@code field} (whose own name is not used).
         */
        public Builder family(String prefix, Field field) {
            families.put(prefix, field);
            return this;
        }

        public Builder messages(Function<Problem, String> messages) {
            this.messages = messages;
            return this;
        }

        /** Any parameter whose name starts with {@code filters} is a filter, and rejected when malformed. */
        public Builder claimsEveryFiltersParameter() {
            this.claimsPrefix = true;
            return this;
        }

        public FilterSyntax build() {
            return new FilterSyntax(Collections.unmodifiableMap(new LinkedHashMap<>(fields)),
                    Collections.unmodifiableMap(new LinkedHashMap<>(families)), messages, claimsPrefix);
        }
    }

    public Filters read(QueryString query) {
        boolean anyOf = false;
        Map<Field, Map<String, List<String>>> raw = new LinkedHashMap<>();
        for (String key : query.names()) {
            if (!key.startsWith(PREFIX + "[")) {
                if (claimsPrefix && key.startsWith(PREFIX)) {
                    throw problem(Problem.Kind.MALFORMED, key, null, null);
                }
                continue;
            }
            List<String> values = query.values(key);
            List<String> path = segments(key);
            if (path.get(0).equals("junction")) {
                if (path.size() > 1) {
                    throw problem(Problem.Kind.MALFORMED, key, null, null);
                }
                anyOf = junction(key, values);
                continue;
            }
            Field field = field(path.get(0));
            if (field == null) {
                throw problem(Problem.Kind.UNKNOWN_FIELD, key, path.get(0), null);
            }
            int at;
            if (path.size() > 1 && path.get(1).equals("conditions")) {
                at = 2;
            } else if (field.conditionsOptional()) {
                at = 1;
            } else {
                throw problem(Problem.Kind.MALFORMED, key, field.name(), null);
            }
            if (path.size() <= at) {
                throw problem(Problem.Kind.NO_OPERATOR, key, field.name(), null);
            }
            String operator = path.get(at);
            if (!field.operators().contains(operator)) {
                throw problem(Problem.Kind.UNKNOWN_OPERATOR, key, field.name(), operator);
            }
            boolean arraySuffix = path.size() == at + 2 && INDEX.matcher(path.get(at + 1)).matches();
            if (path.size() > at + 1 && !arraySuffix) {
                throw problem(Problem.Kind.MALFORMED, key, field.name(), operator);
            }
            raw.computeIfAbsent(field, f -> new LinkedHashMap<>())
                    .computeIfAbsent(operator, o -> new ArrayList<>())
                    .addAll(values);
        }
        List<Filters.Condition> conditions = new ArrayList<>();
        raw.forEach((field, operators) -> operators.forEach((operator, values) ->
                conditions.add(new Filters.Condition(field.name(), operator, values(field, operator, values)))));
        return new Filters(anyOf, List.copyOf(conditions));
    }

    /** The field of that name, or one of a family; null when there is none. */
    private Field field(String name) {
        Field field = fields.get(name);
        if (field != null) {
            return field;
        }
        for (Map.Entry<String, Field> family : families.entrySet()) {
            if (name.startsWith(family.getKey()) && name.length() > family.getKey().length()) {
                return family.getValue().named(name);
            }
        }
        return null;
    }

    private List<String> segments(String key) {
        String rest = key.substring(PREFIX.length());
        Matcher matcher = SEGMENT.matcher(rest);
        List<String> segments = new ArrayList<>();
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            segments.add(matcher.group(1));
            end = matcher.end();
        }
        if (end != rest.length() || segments.isEmpty()) {
            throw problem(Problem.Kind.MALFORMED, key, null, null);
        }
        return segments;
    }

    private boolean junction(String key, List<String> values) {
        if (values.size() != 1) {
            throw problem(Problem.Kind.JUNCTION_VALUES, key, null, null);
        }
        return switch (values.get(0).trim().toLowerCase(Locale.ROOT)) {
            case "and" -> false;
            case "or" -> true;
            default -> throw problem(Problem.Kind.JUNCTION, key, null, null);
        };
    }

    private List<String> values(Field field, String operator, List<String> values) {
        if (field.listOperators().contains(operator)) {
            return values.stream()
                    .flatMap(value -> Arrays.stream(value.split(",")))
                    .map(String::trim)
                    .filter(value -> !value.isEmpty())
                    .toList();
        }
        if (values.size() > 1 && !field.flags()) {
            throw problem(Problem.Kind.SINGLE_VALUE, "filters[" + field.name() + "][conditions][" + operator + "]",
                    field.name(), operator);
        }
        return List.of(values.isEmpty() ? "" : values.get(0));
    }

    private ApiException problem(Problem.Kind kind, String key, String field, String operator) {
        return ApiException.invalidQueryParams(messages.apply(new Problem(kind, key, field, operator, this)));
    }

    /** The wording of GET /v1/campaigns, the list with the richest filters. */
    private static String defaultMessage(Problem problem) {
        return switch (problem.kind()) {
            case MALFORMED -> "Malformed filter '" + problem.key()
                    + "'; expected filters[<field>][conditions][<operator>]";
            case NO_OPERATOR -> "Filter '" + problem.key() + "' names no operator";
            case UNKNOWN_FIELD -> "Unknown filter field '" + problem.field() + "'; allowed: "
                    + String.join(", ", problem.fields()) + ", junction";
            case UNKNOWN_OPERATOR -> "Unknown operator '" + problem.operator() + "' for filter '" + problem.field()
                    + "'; allowed: " + String.join(", ", problem.operators());
            case JUNCTION_VALUES -> "Filter 'junction' takes one value: and or or (default and)";
            case JUNCTION -> "Filter 'junction' should be one of [and, or]";
            case SINGLE_VALUE -> problem.key() + " takes a single value";
        };
    }
}
