package dev.voucheremulator.validationrule;

import java.util.List;
import java.util.Map;

/** What a validation or redemption request says about itself, as rules see it; absent values are null. */
public record RuleFacts(Long orderAmount, Long itemsQuantity, List<Long> itemPrices, Map<String, Object> orderMetadata,
                        Map<String, Object> customerMetadata, Map<String, Object> redemptionMetadata,
                        List<Item> items) {

    public RuleFacts(Long orderAmount, Long itemsQuantity, List<Long> itemPrices, Map<String, Object> orderMetadata,
                     Map<String, Object> customerMetadata, Map<String, Object> redemptionMetadata) {
        this(orderAmount, itemsQuantity, itemPrices, orderMetadata, customerMetadata, redemptionMetadata, List.of());
    }

    /**
     * What an order item names, as sent: {@code product_id}, {@code sku_id}, {@code source_id} with
     * {@code related_object} (product or sku), and the source_ids of its {@code product} and {@code sku}.
     */
    public record Item(String productId, String skuId, String sourceId, String relatedObject, String productSourceId,
                       String skuSourceId) {
    }

    RuleFacts withItems(List<Item> resolved) {
        return new RuleFacts(orderAmount, itemsQuantity, itemPrices, orderMetadata, customerMetadata,
                redemptionMetadata, resolved);
    }
}
