package dev.voucheremulator.promotion;

import dev.voucheremulator.validationrule.AssignmentTarget;
import org.springframework.stereotype.Component;

/** Promotion tiers named by a validation rule assignment: by id only. */
@Component
class PromotionTierAssignmentTarget implements AssignmentTarget {

    private final PromotionTierService tiers;

    PromotionTierAssignmentTarget(PromotionTierService tiers) {
        this.tiers = tiers;
    }

    @Override
    public String relatedObjectType() {
        return "promotion_tier";
    }

    @Override
    public String resolveId(String projectId, String tierId) {
        tiers.requireExists(projectId, tierId);
        return tierId;
    }
}
