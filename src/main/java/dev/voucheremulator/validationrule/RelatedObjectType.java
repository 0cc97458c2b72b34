package dev.voucheremulator.validationrule;

/**
 * What a rule is assigned to. Campaigns, vouchers and promotion tiers must exist; the other
 * objects are not emulated yet and are taken by id.
 */
enum RelatedObjectType {
    voucher, campaign, promotion_tier, earning_rule, distribution, reward_assignment;

    static RelatedObjectType of(String value) {
        for (RelatedObjectType type : values()) {
            if (type.name().equals(value)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown related_object_type " + value);
    }
}
