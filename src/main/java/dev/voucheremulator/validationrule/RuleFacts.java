package dev.voucheremulator.validationrule;

import java.util.List;
import java.util.Map;

/** What a validation or redemption request says about itself, as rules see it; absent values are null. */
public record RuleFacts(Long orderAmount, Long itemsQuantity, List<Long> itemPrices, Map<String, Object> orderMetadata,
                        Map<String, Object> customerMetadata, Map<String, Object> redemptionMetadata) {
}
