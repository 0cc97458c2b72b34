package dev.voucheremulator.spec;

/** A gift card's credits in cents; {@code balance = amount - subtracted_amount - redeemed}. */
public record Gift(Long amount, Long subtractedAmount, Long balance, GiftEffect effect) {

    public enum GiftEffect { APPLY_TO_ORDER, APPLY_TO_ITEMS }

    /** A fresh card made from a campaign's gift definition. */
    public Gift issued() {
        long initial = amount == null ? 0 : amount;
        return new Gift(initial, 0L, initial, effect == null ? GiftEffect.APPLY_TO_ORDER : effect);
    }
}
