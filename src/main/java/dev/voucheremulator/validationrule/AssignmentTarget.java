package dev.voucheremulator.validationrule;

/**
 * The port through which a validation rule assignment names an object another feature owns
 * (a campaign, a voucher, a promotion tier). The owning feature implements it as a bean; this
 * module never reaches into campaigns, vouchers or tiers itself, which keeps the dependency one-way.
 */
public interface AssignmentTarget {

    /** The {@code related_object_type} this target answers for: campaign, voucher or promotion_tier. */
    String relatedObjectType();

    /**
     * The stored id of the object named by id (or by name or code where the owner allows it);
     * throws the owner's not-found (or refusal) error when there is none.
     */
    String resolveId(String projectId, String idOrName);
}
