package dev.voucheremulator.validationrule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ReferencedRows;
import dev.voucheremulator.support.RepositoryTest;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@RepositoryTest
class ValidationRuleRepositoryTest {

    // Every kind of value a rule tree holds: nested explicit nulls, empty objects and arrays, and
    // numbers whose JSON type matters to a client (int, a long beyond int, a decimal, a negative).
    private static final String RULES = """
            {"1": {"name": "order.amount", "property": null, "conditions": {"$more_than": [10000]},
                   "rules": {}, "error": {"message": null}},
             "2": {"name": "customer.metadata", "property": "tier",
                   "conditions": {"$in": ["gold", "silver"], "$is": [null]}, "rules": {"1": {"values": []}}},
             "3": {"name": "order.items.price", "conditions": {"$less_than": [4294967296, 12.75, -3]}},
             "logic": "(1 and 2) or 3"}""";
    private static final String BUNDLE_RULES = """
            {"1": {"name": "product.id", "conditions": {"$is": ["prod_1"]}, "limit": 2.5, "rules": null}}""";
    private static final String INCLUDED = """
            {"object": "product", "id": "prod_1", "price": 1999, "price_formula": null,
             "effect": "APPLY_TO_ITEMS", "quantity_limit": 3, "aggregated_quantity_limit": 12.0,
             "order_item_indices": [], "repeat": 1, "skip_initially": 0, "target": "ITEM"}""";
    private static final String EXCLUDED = """
            {"object": "sku", "id": "sku_1", "source_id": null, "metadata": {}}""";

    @Autowired
    ValidationRuleRepository repository;

    @Autowired
    EntityManager entityManager;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferencedRows rows;

    @Test
    void storesTheRuleTreesErrorAndApplicableItemsAsJsonbAndReadsThemBackUnchanged() {
        String projectId = rows.project();
        Instant createdAt = Instant.parse("2025-03-04T05:06:07.089Z");
        ValidationRule rule = new ValidationRule("val_0123456789ab", projectId, "Gold customers", createdAt);
        ValidationRule.ApplicableTo applicableTo = new ValidationRule.ApplicableTo(
                List.of(object(EXCLUDED)), List.of(object(INCLUDED)), true);
        rule.define(json.readTree(RULES), json.readTree(BUNDLE_RULES), new ValidationRule.Error("Not for you"),
                applicableTo, ValidationRuleType.advanced, "campaign.discount_coupons");
        rule.touched(Instant.parse("2025-03-05T00:00:00.001Z"));
        repository.saveAndFlush(rule);
        entityManager.clear();

        ValidationRule read = repository.findByProjectIdAndId(projectId, "val_0123456789ab").orElseThrow();
        assertThat(read).isNotSameAs(rule);
        assertThat(read.rules()).isEqualTo(json.readTree(RULES));
        assertThat(read.bundleRules()).isEqualTo(json.readTree(BUNDLE_RULES));
        assertThat(read.error()).isEqualTo(new ValidationRule.Error("Not for you"));
        assertThat(read.applicableTo()).isEqualTo(applicableTo);

        // Equal trees could still hide a changed number type or a dropped explicit null: look closer.
        JsonNode first = read.rules().get("1");
        assertThat(first.has("property")).isTrue();
        assertThat(first.get("property").isNull()).isTrue();
        assertThat(first.get("rules").isObject()).isTrue();
        assertThat(first.get("rules").isEmpty()).isTrue();
        assertThat(first.at("/error/message").isNull()).isTrue();
        assertThat(read.rules().at("/2/conditions/$is/0").isNull()).isTrue();
        assertThat(read.rules().at("/2/rules/1/values").isArray()).isTrue();
        JsonNode bounds = read.rules().at("/3/conditions/$less_than");
        assertThat(bounds.get(0).isLong()).isTrue();
        assertThat(bounds.get(0).asLong()).isEqualTo(4_294_967_296L);
        assertThat(bounds.get(1).isFloatingPointNumber()).isTrue();
        assertThat(bounds.get(1).asDouble()).isEqualTo(12.75);
        assertThat(bounds.get(2).isInt()).isTrue();
        assertThat(bounds.get(2).asInt()).isEqualTo(-3);
        assertThat(read.bundleRules().at("/1/rules").isNull()).isTrue();
        ObjectNode included = read.applicableTo().included().get(0);
        assertThat(included.get("price").isInt()).isTrue();
        assertThat(included.get("aggregated_quantity_limit").isFloatingPointNumber()).isTrue();
        assertThat(included.get("price_formula").isNull()).isTrue();
        assertThat(included.get("order_item_indices").isEmpty()).isTrue();
        assertThat(read.applicableTo().excluded().get(0).get("metadata").isEmpty()).isTrue();

        assertThat(read.id()).isEqualTo("val_0123456789ab");
        assertThat(read.projectId()).isEqualTo(projectId);
        assertThat(read.name()).isEqualTo("Gold customers");
        assertThat(read.type()).isEqualTo(ValidationRuleType.advanced);
        assertThat(read.contextType()).isEqualTo("campaign.discount_coupons");
        assertThat(read.createdAt()).isEqualTo(createdAt);
        assertThat(read.updatedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00.001Z"));
    }

    @Test
    void writesTheRecordColumnsInTheWireFormat() {
        String projectId = rows.project();
        ValidationRule rule = new ValidationRule("val_wireformat01", projectId, "Wire format", Instant.now());
        rule.define(null, null, new ValidationRule.Error("Too small"),
                new ValidationRule.ApplicableTo(null, List.of(object(INCLUDED)), null), ValidationRuleType.basic, "global");
        repository.saveAndFlush(rule);

        // The application's mapper writes snake_case and leaves nulls out; a default mapper would
        // write "includedAll" and "bundleRules" would be absent either way.
        JsonNode applicableTo = json.readTree(jdbc.sql("select applicable_to::text from validation_rule where id = ?")
                .param("val_wireformat01").query(String.class).single());
        assertThat(applicableTo.propertyNames()).containsExactlyInAnyOrder("excluded", "included", "included_all");
        assertThat(applicableTo.get("included_all").isBoolean()).isTrue();
        assertThat(applicableTo.get("excluded").isEmpty()).isTrue();
        assertThat(jdbc.sql("select rules::text from validation_rule where id = ?").param("val_wireformat01")
                .query(String.class).single()).isEqualTo("{}");
        assertThat(jdbc.sql("select bundle_rules is null from validation_rule where id = ?").param("val_wireformat01")
                .query(Boolean.class).single()).isTrue();
    }

    private ObjectNode object(String text) {
        return (ObjectNode) json.readTree(text);
    }
}
