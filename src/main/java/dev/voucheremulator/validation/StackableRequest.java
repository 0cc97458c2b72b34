package dev.voucheremulator.validation;

import dev.voucheremulator.pricing.OrderRequest;
import java.util.List;
import java.util.Map;

/**
 * Body of POST /v1/validations and POST /v1/redemptions ({@code StackableValidateRedeemBase} plus
 * {@code options}). Fields of the spec the emulator does not use are accepted and ignored.
 */
public record StackableRequest(List<RedeemableRef> redeemables,
                               OrderRequest order,
                               CustomerRequest customer,
                               SessionRequest session,
                               String trackingId,
                               Map<String, Object> metadata,
                               Options options) {

    public static final int MAX_REDEEMABLES = 30;
    public static final int MAX_ORDER_ITEMS = 500;

    /** One of {@code RedeemVoucher}, {@code RedeemPromotionTier}, {@code RedeemPromotionStack}, {@code RedeemGiftCard}, {@code RedeemLoyaltyCard}. */
    public record RedeemableRef(String object, String id, GiftCredits gift, RewardRef reward) {
    }

    public record GiftCredits(Long credits) {
    }

    public record RewardRef(String id, Long points) {
    }

    /** The spec's {@code Customer}: an existing customer's {@code id}, or a {@code source_id}. */
    public record CustomerRequest(String id, String sourceId, String name, String email, String phone,
                                  Map<String, Object> metadata) {
    }

    public record SessionRequest(String key, String type, Long ttl, String ttlUnit) {
    }

    public record Options(List<String> expand) {

        public boolean expands(String what) {
            return expand != null && expand.contains(what);
        }
    }
}
