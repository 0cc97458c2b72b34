package dev.voucheremulator.campaign;

/** How a referral converts and what the referee gets ({@code referral_program}). */
public record ReferralProgram(ConversionEventType conversionEventType, CustomEvent customEvent,
                              RefereeReward refereeReward) {

    public enum ConversionEventType {
        redemption, custom_event
    }

    public record CustomEvent(String id, String name) {
    }

    public record RefereeReward(RelatedObjectParent relatedObjectParent, RewardType type, Long amount) {
    }

    public record RelatedObjectParent(String id, String name, String object) {
    }

    public enum RewardType { LOYALTY_CARD, GIFT_VOUCHER }
}
