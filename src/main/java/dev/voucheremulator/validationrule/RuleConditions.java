package dev.voucheremulator.validationrule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Evaluates a validation rule's {@code rules} against a request: the common conditions on the
 * order amount, the order's items (count and prices) and the metadata of the order, customer and
 * redemption. Conditions on anything else (segments, custom events, item bundles, redemption
 * counts) cannot be judged by the emulator and hold. Pure.
 */
final class RuleConditions {

    /** The condition that failed: its {@code name} (order.amount, ...) and its own error message, if any. */
    record Violation(String name, String message) {

        String key() {
            if (name != null && name.startsWith("customer.")) {
                return "customer_rules_violated";
            }
            if (name != null && name.startsWith("order.")) {
                return "order_rules_violated";
            }
            return "redemption_rules_violated";
        }
    }

    private RuleConditions() {
    }

    /** Empty when the rules hold; else the first failing condition the logic depends on. */
    static Optional<Violation> evaluate(JsonNode rules, RuleFacts facts) {
        if (rules == null || !rules.isObject()) {
            return Optional.empty();
        }
        List<String> keys = new ArrayList<>();
        for (String key : rules.propertyNames()) {
            if (!key.equals("logic")) {
                keys.add(key);
            }
        }
        String logic = rules.has("logic") && rules.get("logic").isString() ? rules.get("logic").asString().trim() : "";
        if (logic.isEmpty()) {
            logic = String.join(" and ", keys);
        }
        if (logic.isEmpty()) {
            return Optional.empty();
        }
        String expression = logic;
        Logic parsed = new Logic(expression, key -> holds(rules.get(key), facts));
        if (parsed.evaluate()) {
            return Optional.empty();
        }
        List<String> failing = parsed.referenced().stream().distinct()
                .filter(key -> !holds(rules.get(key), facts))
                .toList();
        // blame the failing condition that alone would have let the rule pass, else the first failing one
        String blamed = failing.stream()
                .filter(key -> new Logic(expression, k -> k.equals(key) || holds(rules.get(k), facts)).evaluate())
                .findFirst()
                .orElse(failing.isEmpty() ? null : failing.get(0));
        if (blamed == null) {
            return Optional.of(new Violation(null, null));
        }
        JsonNode rule = rules.get(blamed);
        JsonNode message = rule.path("error").path("message");
        return Optional.of(new Violation(rule.path("name").asString(null),
                message.isString() ? message.asString() : null));
    }

    /** One condition, e.g. {"name": "order.amount", "conditions": {"$more_than": [10000]}}; all its conditions must hold. */
    static boolean holds(JsonNode rule, RuleFacts facts) {
        if (rule == null || !rule.isObject()) {
            return true;
        }
        String name = rule.path("name").asString("");
        String property = rule.path("property").isString() ? rule.path("property").asString() : null;
        JsonNode conditions = rule.path("conditions");
        if (!conditions.isObject()) {
            return true;
        }
        for (String operator : conditions.propertyNames()) {
            JsonNode values = conditions.get(operator);
            List<JsonNode> operands = new ArrayList<>();
            if (values.isArray()) {
                values.forEach(operands::add);
            } else {
                operands.add(values);
            }
            boolean ok = switch (name) {
                case "order.amount" -> test(operator, facts.orderAmount(), operands);
                case "order.items.count" -> test(operator, facts.itemsQuantity(), operands);
                case "order.items.price_any" -> facts.itemPrices() != null
                        && facts.itemPrices().stream().anyMatch(p -> test(operator, p, operands));
                case "order.items.price_each" -> facts.itemPrices() != null && !facts.itemPrices().isEmpty()
                        && facts.itemPrices().stream().allMatch(p -> test(operator, p, operands));
                case "order.metadata" -> test(operator, lookup(facts.orderMetadata(), property), operands);
                case "customer.metadata" -> test(operator, lookup(facts.customerMetadata(), property), operands);
                case "redemption.metadata" -> test(operator, lookup(facts.redemptionMetadata(), property), operands);
                case "product.id" -> named(operator, facts, operands, false);
                case "sku.id" -> named(operator, facts, operands, true);
                default -> true;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * A condition on the products or SKUs of the order: {@code $is}/{@code $in} hold when an item names
     * one of them, {@code $is_not}/{@code $not_in} when none does. An operand is an id, a source_id, or
     * an object with either; the items were resolved to both beforehand (see {@link ProductCatalog}).
     */
    private static boolean named(String operator, RuleFacts facts, List<JsonNode> operands, boolean sku) {
        List<RuleFacts.Item> items = facts.items() == null ? List.of() : facts.items();
        boolean any = items.stream().anyMatch(item -> operands.stream().anyMatch(o -> names(o, item, sku)));
        return switch (operator) {
            case "$is", "$in" -> any;
            case "$is_not", "$not_in" -> !any;
            default -> true;
        };
    }

    private static boolean names(JsonNode operand, RuleFacts.Item item, boolean sku) {
        String id = sku ? item.skuId() : item.productId();
        String sourceId = sku ? item.skuSourceId() : item.productSourceId();
        List<String> names = new ArrayList<>();
        if (operand.isString()) {
            names.add(operand.asString());
        } else if (operand.isObject()) {
            names.add(operand.path("id").asString(null));
            names.add(operand.path("source_id").asString(null));
        }
        return names.stream().filter(Objects::nonNull).anyMatch(n -> n.equals(id) || n.equals(sourceId));
    }

    private static Object lookup(Map<String, Object> metadata, String property) {
        return metadata == null || property == null ? null : metadata.get(property);
    }

    static boolean test(String operator, Object actual, List<JsonNode> operands) {
        switch (operator) {
            case "$is_unknown":
                return actual == null;
            case "$has_value":
                return actual != null;
            default:
                break;
        }
        if (actual == null) {
            return operator.equals("$is_not") || operator.equals("$not_in") || operator.equals("$not_contain");
        }
        return switch (operator) {
            case "$is", "$in" -> operands.stream().anyMatch(o -> same(actual, o));
            case "$is_not", "$not_in" -> operands.stream().noneMatch(o -> same(actual, o));
            case "$more_than", "$greater_than" -> compare(actual, operands) > 0;
            case "$more_than_or_equal", "$more_than_equal", "$greater_than_or_equal" -> compare(actual, operands) >= 0;
            case "$less_than" -> compare(actual, operands) < 0 && compare(actual, operands) != NOT_COMPARABLE;
            case "$less_than_or_equal", "$less_than_equal" -> compare(actual, operands) <= 0
                    && compare(actual, operands) != NOT_COMPARABLE;
            case "$contains" -> operands.stream().allMatch(o -> contains(actual, o));
            case "$not_contain" -> operands.stream().noneMatch(o -> contains(actual, o));
            case "$starts_with" -> operands.stream().anyMatch(o -> String.valueOf(actual).startsWith(o.asString("")));
            case "$ends_with" -> operands.stream().anyMatch(o -> String.valueOf(actual).endsWith(o.asString("")));
            default -> true;
        };
    }

    private static final int NOT_COMPARABLE = Integer.MIN_VALUE;

    private static int compare(Object actual, List<JsonNode> operands) {
        BigDecimal left = number(actual);
        BigDecimal right = operands.isEmpty() ? null : number(operands.get(0));
        if (left == null || right == null) {
            return NOT_COMPARABLE;
        }
        return Integer.signum(left.compareTo(right));
    }

    private static boolean same(Object actual, JsonNode operand) {
        BigDecimal left = number(actual);
        BigDecimal right = number(operand);
        if (left != null && right != null) {
            return left.compareTo(right) == 0;
        }
        if (operand.isBoolean() && actual instanceof Boolean b) {
            return b == operand.asBoolean();
        }
        return Objects.equals(String.valueOf(actual), operand.isValueNode() ? operand.asString() : operand.toString());
    }

    private static boolean contains(Object actual, JsonNode operand) {
        if (actual instanceof List<?> list) {
            return list.stream().anyMatch(item -> same(item, operand));
        }
        return String.valueOf(actual).contains(operand.asString(""));
    }

    private static BigDecimal number(Object value) {
        if (value instanceof JsonNode node) {
            if (node.isNumber()) {
                return node.decimalValue();
            }
            value = node.isString() ? node.asString() : null;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (value instanceof String s) {
            try {
                return new BigDecimal(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** {@code "(1 and 2) or 3"}: rule keys combined with and (binding tighter), or and parentheses. */
    private static final class Logic {

        interface Rule {
            boolean holds(String key);
        }

        private final List<String> tokens = new ArrayList<>();
        private final List<String> referenced = new ArrayList<>();
        private final Rule rule;
        private Iterator<String> it;
        private String current;

        Logic(String text, Rule rule) {
            this.rule = rule;
            for (String token : text.replace("(", " ( ").replace(")", " ) ").trim().split("\\s+")) {
                tokens.add(token.toLowerCase());
            }
        }

        List<String> referenced() {
            return referenced;
        }

        boolean evaluate() {
            it = tokens.iterator();
            next();
            return or();
        }

        private boolean or() {
            boolean value = and();
            while ("or".equals(current)) {
                next();
                boolean right = and();
                value = value || right;
            }
            return value;
        }

        private boolean and() {
            boolean value = term();
            while ("and".equals(current)) {
                next();
                boolean right = term();
                value = value && right;
            }
            return value;
        }

        private boolean term() {
            if ("(".equals(current)) {
                next();
                boolean value = or();
                if (")".equals(current)) {
                    next();
                }
                return value;
            }
            if ("not".equals(current)) {
                next();
                return !term();
            }
            String key = current;
            next();
            if (key == null) {
                return true;
            }
            referenced.add(key);
            return rule.holds(key);
        }

        private void next() {
            current = it.hasNext() ? it.next() : null;
        }
    }
}
