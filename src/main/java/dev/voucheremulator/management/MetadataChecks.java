package dev.voucheremulator.management;

import dev.voucheremulator.management.MetadataSchemaBodies.Definition;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a metadata value must be to fit its definition, worded the way the real API's
 * {@code metadata_validation_failed} details are ({@code name: must be ..., must be ... (actual value is 'x')}).
 */
final class MetadataChecks {

    private static final Pattern IMAGE_URL = Pattern.compile("(?i)^https?://\\S+\\.(jpe?g|png)(\\?\\S*)?$");

    private MetadataChecks() {
    }

    /** The first violation of the metadata, or null when it fits. */
    static String violation(Map<String, Definition> properties, boolean allowDefinedOnly, Map<String, Object> metadata) {
        Map<String, Object> given = metadata == null ? Map.of() : metadata;
        for (Map.Entry<String, Definition> property : properties.entrySet()) {
            Definition d = property.getValue();
            if (Boolean.TRUE.equals(d.deleted())) {
                continue;
            }
            Object value = given.get(property.getKey());
            if (value == null) {
                if (Boolean.FALSE.equals(d.optional())) {
                    return property.getKey() + ": is required";
                }
                continue;
            }
            String problem = problem(d, value);
            if (problem != null) {
                return property.getKey() + ": " + problem + " (actual value is '" + shown(value) + "')";
            }
        }
        if (allowDefinedOnly) {
            for (String key : given.keySet()) {
                Definition d = properties.get(key);
                if (d == null || Boolean.TRUE.equals(d.deleted())) {
                    return key + ": is not defined in the metadata schema";
                }
            }
        }
        return null;
    }

    private static String problem(Definition d, Object value) {
        if (Boolean.TRUE.equals(d.array())) {
            if (!(value instanceof List<?> list)) {
                return "must be an array";
            }
            for (Object element : list) {
                String problem = element == null ? "must not be null" : single(d, element);
                if (problem != null) {
                    return "must be an array, and every element: " + problem;
                }
            }
            return null;
        }
        return single(d, value);
    }

    private static String single(Definition d, Object value) {
        List<String> problems = new ArrayList<>();
        switch (d.type()) {
            case "string" -> {
                if (!(value instanceof String s)) {
                    return "must be a string";
                }
                strings(d, s, problems);
            }
            case "number" -> {
                if (!(value instanceof Number n)) {
                    return "must be a number";
                }
                numbers(d, new BigDecimal(n.toString()), problems);
            }
            case "boolean" -> {
                if (!(value instanceof Boolean)) {
                    return "must be a boolean";
                }
            }
            case "object", "geopoint" -> {
                if (!(value instanceof Map<?, ?>)) {
                    return "must be an object";
                }
            }
            case "date" -> {
                if (!(value instanceof String s) || !isDate(s)) {
                    return "must be a date in the YYYY-MM-DD format";
                }
            }
            case "datetime" -> {
                if (!(value instanceof String s) || !isDateTime(s)) {
                    return "must be a datetime in the ISO 8601 format";
                }
            }
            case "image_url" -> {
                if (!(value instanceof String s) || !IMAGE_URL.matcher(s).matches()) {
                    return "must be a URL pointing to JPG/JPEG or PNG resource";
                }
            }
            default -> {
            }
        }
        return problems.isEmpty() ? null : String.join(", ", problems);
    }

    private static void strings(Definition d, String s, List<String> problems) {
        int length = s.codePointCount(0, s.length());
        if (d.minLength() != null && length < d.minLength()) {
            problems.add("must be at least " + d.minLength() + " characters long");
        }
        if (d.maxLength() != null && length > d.maxLength()) {
            problems.add("must be at most " + d.maxLength() + " characters long");
        }
        if (d.exactLength() != null && length != d.exactLength()) {
            problems.add("must be exactly " + d.exactLength() + " characters long");
        }
        if (d.eq() != null && !d.eq().isEmpty() && d.eq().stream().noneMatch(e -> Objects.equals(e, s))) {
            problems.add("must be equal to one of " + joined(d.eq()));
        }
    }

    private static void numbers(Definition d, BigDecimal n, List<String> problems) {
        if (d.eq() != null && !d.eq().isEmpty() && d.eq().stream().noneMatch(e -> sameNumber(e, n))) {
            problems.add("must be equal to one of " + joined(d.eq()));
        }
        if (d.ne() != null && d.ne().stream().anyMatch(e -> sameNumber(e, n))) {
            problems.add("must not be equal to any of " + joined(d.ne()));
        }
        if (d.lt() != null && n.compareTo(d.lt()) >= 0) {
            problems.add("must be less than " + d.lt().toPlainString());
        }
        if (d.lte() != null && n.compareTo(d.lte()) > 0) {
            problems.add("must be less than or equal to " + d.lte().toPlainString());
        }
        if (d.gt() != null && n.compareTo(d.gt()) <= 0) {
            problems.add("must be greater than " + d.gt().toPlainString());
        }
        if (d.gte() != null && n.compareTo(d.gte()) < 0) {
            problems.add("must be greater than or equal to " + d.gte().toPlainString());
        }
    }

    private static boolean sameNumber(Object allowed, BigDecimal n) {
        try {
            return allowed != null && new BigDecimal(allowed.toString()).compareTo(n) == 0;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static boolean isDate(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isDateTime(String s) {
        try {
            Instant.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String joined(List<Object> values) {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }

    private static String shown(Object value) {
        if (value instanceof List<?> list) {
            return String.join(",", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
