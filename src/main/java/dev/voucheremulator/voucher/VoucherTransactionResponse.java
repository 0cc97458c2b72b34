package dev.voucheremulator.voucher;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.time.Instant;

/**
 * The spec's {@code VoucherTransaction}: one change of a gift card's credits or a loyalty card's
 * points. Nullable fields its examples show as null are always written.
 */
public record VoucherTransactionResponse(String id,
                                         @JsonInclude(Include.ALWAYS) String sourceId,
                                         String voucherId,
                                         String campaignId,
                                         @JsonInclude(Include.ALWAYS) String source,
                                         @JsonInclude(Include.ALWAYS) String reason,
                                         String type,
                                         Details details,
                                         @JsonInclude(Include.ALWAYS) String relatedTransactionId,
                                         Instant createdAt) {

    public record Details(Balance balance, Order order, Ref earningRule, Ref redemption, Ref rollback,
                          NamedRef reward) {
    }

    /** {@code VoucherBalance}: {@code amount} on a gift card, {@code points} on a loyalty card. */
    public record Balance(String type, long total, String object, Long amount, Long points, long balance,
                          String operationType, RelatedObject relatedObject) {

        public static Balance of(String type, Long amount, Long points, long total, long balance,
                                 String operationType, String voucherId) {
            return new Balance(type, total, "balance", amount, points, balance, operationType,
                    new RelatedObject("voucher", voucherId));
        }
    }

    public record RelatedObject(String type, String id) {
    }

    public record Order(String id, @JsonInclude(Include.ALWAYS) String sourceId) {
    }

    public record Ref(String id) {
    }

    public record NamedRef(String id, String name) {
    }

    static VoucherTransactionResponse from(GiftTransaction t) {
        return new VoucherTransactionResponse(t.id(), t.sourceId(), t.voucherId(), t.campaignId(), t.source(),
                t.reason(), t.type(),
                new Details(Balance.of("gift_voucher", t.amount(), null, t.total(), t.balance(), t.operationType(),
                        t.voucherId()),
                        t.orderId() == null ? null : new Order(t.orderId(), null), null,
                        t.redemptionId() == null ? null : new Ref(t.redemptionId()),
                        t.rollbackId() == null ? null : new Ref(t.rollbackId()), null),
                null, t.createdAt());
    }
}
