package dev.voucheremulator.validation;

import dev.voucheremulator.pricing.OrderRequest;
import java.util.List;
import java.util.Map;

/**
 * Body of the single-redeemable operations that came before stacking (POST /v1/vouchers/{code}/validate,
 * /v1/vouchers/{code}/redemption, /v1/promotions/tiers/{id}/validation and /redemption), which old SDKs
 * still send: the one redeemable is named by the path.
 */
public record LegacyRequest(StackableRequest.CustomerRequest customer,
                            OrderRequest order,
                            StackableRequest.GiftCredits gift,
                            StackableRequest.RewardRef reward,
                            StackableRequest.SessionRequest session,
                            String trackingId,
                            Map<String, Object> metadata) {

    static final LegacyRequest EMPTY = new LegacyRequest(null, null, null, null, null, null, null);

    /** The same request as POST /v1/validations or /v1/redemptions takes it. */
    public static StackableRequest stackable(LegacyRequest body, String object, String id, boolean expand) {
        LegacyRequest b = body == null ? EMPTY : body;
        return new StackableRequest(List.of(new StackableRequest.RedeemableRef(object, id, b.gift(), b.reward())),
                b.order(), b.customer(), b.session(), b.trackingId(), b.metadata(),
                expand ? new StackableRequest.Options(List.of("redeemable")) : null);
    }
}
