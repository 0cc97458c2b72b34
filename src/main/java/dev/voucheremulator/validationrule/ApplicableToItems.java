package dev.voucheremulator.validationrule;

import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks the items of {@code applicable_to} against the spec's {@code ApplicableTo} before they are
 * stored: they are echoed as sent, so a wrong type or a missing {@code effect} would otherwise come
 * back in every response. Properties the schema does not name are kept unchecked.
 */
final class ApplicableToItems {

    private static final Map<String, Set<String>> ENUMS = Map.of(
            "effect", Set.of("APPLY_TO_EVERY", "APPLY_TO_CHEAPEST", "APPLY_FROM_CHEAPEST", "APPLY_TO_MOST_EXPENSIVE",
                    "APPLY_FROM_MOST_EXPENSIVE"),
            "object", Set.of("product", "sku", "products_collection"),
            "target", Set.of("ITEM", "UNIT"));
    private static final Set<String> STRINGS = Set.of("id", "source_id", "product_id", "product_source_id");
    private static final Set<String> NUMBERS = Set.of("price", "price_formula");
    private static final Set<String> INTEGERS = Set.of("quantity_limit", "aggregated_quantity_limit", "amount_limit",
            "aggregated_amount_limit", "repeat", "skip_initially");

    private ApplicableToItems() {
    }

    /** The first problem found, as an {@code invalid_payload} detail, or null. */
    static String problem(ValidationRule.ApplicableTo applicableTo) {
        if (applicableTo == null) {
            return null;
        }
        String problem = problem("applicable_to.excluded", applicableTo.excluded());
        return problem != null ? problem : problem("applicable_to.included", applicableTo.included());
    }

    private static String problem(String path, List<ObjectNode> items) {
        if (items == null) {
            return null;
        }
        for (int i = 0; i < items.size(); i++) {
            String problem = problem(path + "[" + i + "]", items.get(i));
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String problem(String path, ObjectNode item) {
        if (item == null) {
            return "Property '" + path + "' should be an object";
        }
        if (!item.has("effect") || item.get("effect").isNull()) {
            return "Property '" + path + "' should have required property 'effect'";
        }
        for (Map.Entry<String, JsonNode> property : item.properties()) {
            String name = property.getKey();
            JsonNode value = property.getValue();
            String expected = expectation(name, value);
            if (expected != null) {
                return "Property '" + path + "." + name + "' should be " + expected;
            }
        }
        return null;
    }

    private static String expectation(String name, JsonNode value) {
        if (value.isNull() && !name.equals("effect")) {
            return null;
        }
        if (ENUMS.containsKey(name)) {
            Set<String> allowed = ENUMS.get(name);
            return value.isString() && allowed.contains(value.asString()) ? null
                    : "one of " + String.join(", ", allowed.stream().sorted().toList());
        }
        if (STRINGS.contains(name) || name.endsWith("_quantity_limit_formula")) {
            return value.isString() ? null : "a string";
        }
        if (NUMBERS.contains(name)) {
            return value.isNumber() ? null : "a number";
        }
        if (INTEGERS.contains(name) || name.endsWith("_quantity_limit")) {
            return value.isIntegralNumber() ? null : "an integer";
        }
        if (name.equals("order_item_indices")) {
            return value.isArray() && value.valueStream().allMatch(JsonNode::isIntegralNumber) ? null
                    : "an array of integers";
        }
        if (name.equals("order_item_units")) {
            return value.isArray() && value.valueStream().allMatch(JsonNode::isObject) ? null
                    : "an array of objects";
        }
        return null;
    }
}
