package dev.voucheremulator.redemption;

import java.util.List;
import java.util.Map;

/**
 * Body of POST /v1/validations and POST /v1/redemptions ({@code StackableValidateRedeemBase} plus
 * {@code options}). Fields of the spec the emulator does not use are accepted and ignored.
 */
record StackableRequest(List<RedeemableRef> redeemables,
                        OrderRequest order,
                        CustomerRequest customer,
                        SessionRequest session,
                        String trackingId,
                        Map<String, Object> metadata,
                        Options options) {

    static final int MAX_REDEEMABLES = 30;
    static final int MAX_ORDER_ITEMS = 500;

    /** One of {@code RedeemVoucher}, {@code RedeemPromotionTier}, {@code RedeemPromotionStack}, {@code RedeemGiftCard}, {@code RedeemLoyaltyCard}. */
    record RedeemableRef(String object, String id, GiftCredits gift, RewardRef reward) {
    }

    record GiftCredits(Long credits) {
    }

    record RewardRef(String id, Long points) {
    }

    /** The spec's {@code Order}. */
    record OrderRequest(String id, String sourceId, OrderStatus status, Long amount, Long initialAmount,
                        Long discountAmount, List<OrderItemRequest> items, Map<String, Object> metadata) {
    }

    enum OrderStatus { CREATED, PAID, CANCELED, FULFILLED }

    /** The spec's {@code OrderItem}: {@code amount} wins over {@code price} x {@code quantity}. */
    record OrderItemRequest(String skuId, String productId, String relatedObject, String sourceId, Long quantity,
                            Long amount, Long price, Long discountAmount, ItemProduct product, ItemSku sku,
                            Map<String, Object> metadata) {
    }

    record ItemProduct(String id, String sourceId, Boolean override, String name, Map<String, Object> metadata,
                       Long price) {
    }

    record ItemSku(String id, String sourceId, Boolean override, String sku, Long price,
                   Map<String, Object> metadata) {
    }

    /** The spec's {@code Customer}: an existing customer's {@code id}, or a {@code source_id}. */
    record CustomerRequest(String id, String sourceId, String name, String email, String phone,
                           Map<String, Object> metadata) {
    }

    record SessionRequest(String key, String type, Long ttl, String ttlUnit) {
    }

    record Options(List<String> expand) {

        boolean expands(String what) {
            return expand != null && expand.contains(what);
        }
    }
}
