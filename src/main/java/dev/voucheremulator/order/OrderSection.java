package dev.voucheremulator.order;

import dev.voucheremulator.api.fixture.ProjectSection;
import dev.voucheremulator.api.fixture.SectionEntries;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code orders} of an export: POST /v1/orders bodies with their {@code created_at}. The redemptions
 * an order lists are history and stay behind.
 */
@Component
class OrderSection implements ProjectSection {

    private static final Set<String> ORDER = Set.of("id", "source_id", "status", "amount", "initial_amount",
            "discount_amount", "items", "metadata", "created_at", "customer_id", "referrer_id");
    private static final Set<String> ITEM = Set.of("sku_id", "product_id", "related_object", "source_id", "quantity",
            "amount", "price", "discount_amount", "product", "sku", "metadata");
    private static final Set<String> ITEM_PRODUCT = Set.of("id", "source_id", "override", "name", "metadata", "price");
    private static final Set<String> ITEM_SKU = Set.of("id", "source_id", "override", "sku", "price", "metadata");

    private final OrderRepository orders;
    private final OrderService service;
    private final SectionEntries entries;

    OrderSection(OrderRepository orders, OrderService service, SectionEntries entries) {
        this.orders = orders;
        this.service = service;
        this.entries = entries;
    }

    @Override
    public String name() {
        return "orders";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, Object>> export(String projectId) {
        OrderListQuery all = new OrderListQuery(null, null);
        return orders.findAll(all.specification(projectId), Sort.by("createdAt", "seq")).stream()
                .map(order -> entries.map(order(OrderResponse.from(order))))
                .toList();
    }

    private ObjectNode order(OrderResponse order) {
        ObjectNode body = entries.keep(order, ORDER);
        if (body.get("items") instanceof ArrayNode items) {
            ArrayNode kept = body.putArray("items");
            for (JsonNode item : items) {
                ObjectNode one = entries.keep(item, ITEM);
                if (one.get("product") instanceof ObjectNode product) {
                    one.set("product", entries.keep(product, ITEM_PRODUCT));
                }
                if (one.get("sku") instanceof ObjectNode sku) {
                    one.set("sku", entries.keep(sku, ITEM_SKU));
                }
                kept.add(one);
            }
        }
        return body;
    }

    @Override
    @Transactional
    public Map<String, String> load(String projectId, Map<String, Object> entry) {
        OrderResponse created = service.create(projectId,
                entries.read(SectionEntries.withoutId(entry), OrderRequestBody.class));
        return SectionEntries.mapped(SectionEntries.idOf(entry), created.id());
    }
}
