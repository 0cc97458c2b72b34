package dev.voucheremulator.validationrule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.validationrule.RuleConditions.Violation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RuleConditionsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RuleFacts CART = new RuleFacts(12_000L, 3L, List.of(2_000L, 8_000L),
            Map.of("store", "Berlin"), Map.of("vip", true, "tier", "gold", "age", 31), Map.of("channel", "web"));

    @Test
    void comparesTheOrderAmount() {
        assertThat(violation("""
                {"1": {"name": "order.amount", "conditions": {"$more_than": [10000]}}, "logic": "1"}""")).isEmpty();
        Optional<Violation> tooSmall = violation("""
                {"1": {"name": "order.amount", "conditions": {"$more_than": [20000]},
                       "error": {"message": "Spend 200 or more"}}, "logic": "1"}""");
        assertThat(tooSmall).isPresent();
        assertThat(tooSmall.get().key()).isEqualTo("order_rules_violated");
        assertThat(tooSmall.get().message()).isEqualTo("Spend 200 or more");
        assertThat(violation("""
                {"1": {"name": "order.amount", "conditions": {"$less_than": [12000]}}}""")).isPresent();
        assertThat(violation("""
                {"1": {"name": "order.amount", "conditions": {"$greater_than_or_equal": [12000],
                                                               "$less_than_or_equal": [12000]}}}""")).isEmpty();
    }

    @Test
    void countsItemsAndLooksAtTheirPrices() {
        assertThat(violation("""
                {"1": {"name": "order.items.count", "conditions": {"$more_than_or_equal": [3]}}}""")).isEmpty();
        assertThat(violation("""
                {"1": {"name": "order.items.count", "conditions": {"$more_than": [3]}}}""")).isPresent();
        assertThat(violation("""
                {"1": {"name": "order.items.price_any", "conditions": {"$is": [8000]}}}""")).isEmpty();
        assertThat(violation("""
                {"1": {"name": "order.items.price_each", "conditions": {"$more_than": [5000]}}}""")).isPresent();
    }

    @Test
    void readsMetadataOfTheCustomerOrderAndRedemption() {
        assertThat(violation("""
                {"1": {"name": "customer.metadata", "property": "tier", "conditions": {"$in": ["gold", "platinum"]}},
                 "2": {"name": "order.metadata", "property": "store", "conditions": {"$is": ["Berlin"]}},
                 "3": {"name": "redemption.metadata", "property": "channel", "conditions": {"$is_not": ["pos"]}},
                 "logic": "1 and 2 and 3"}""")).isEmpty();
        Optional<Violation> notVip = violation("""
                {"1": {"name": "customer.metadata", "property": "vip", "conditions": {"$is": [false]}}, "logic": "1"}""");
        assertThat(notVip.map(Violation::key)).contains("customer_rules_violated");
        assertThat(violation("""
                {"1": {"name": "customer.metadata", "property": "email", "conditions": {"$is_unknown": [true]}}}"""))
                .isEmpty();
        assertThat(violation("""
                {"1": {"name": "customer.metadata", "property": "age", "conditions": {"$more_than": [40]}}}"""))
                .isPresent();
    }

    @Test
    void combinesRulesWithTheirLogic() {
        String rules = """
                {"1": {"name": "order.amount", "conditions": {"$more_than": [50000]}},
                 "2": {"name": "customer.metadata", "property": "vip", "conditions": {"$is": [true]}},
                 "3": {"name": "redemption.metadata", "property": "channel", "conditions": {"$is": ["pos"]}},
                 "logic": "(1 or 2) and %s"}""";
        assertThat(violation(rules.formatted("not 3"))).isEmpty();
        Optional<Violation> failed = violation(rules.formatted("3"));
        assertThat(failed.map(Violation::name)).contains("redemption.metadata");
        assertThat(failed.map(Violation::key)).contains("redemption_rules_violated");
    }

    @Test
    void conditionsTheEmulatorCannotJudgeHold() {
        assertThat(violation("""
                {"1": {"name": "customer.segment", "conditions": {"$is": ["seg_1"]}}, "logic": "1"}""")).isEmpty();
        assertThat(violation("""
                {"logic": ""}""")).isEmpty();
    }

    private static Optional<Violation> violation(String rules) {
        JsonNode node = JSON.readTree(rules);
        return RuleConditions.evaluate(node, CART);
    }
}
