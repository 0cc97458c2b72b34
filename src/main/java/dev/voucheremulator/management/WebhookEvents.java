package dev.voucheremulator.management;

import java.util.Set;

/**
 * The events a webhook configuration may subscribe to. The spec's enum spells two of them "aded"
 * (while its examples say "added"); both spellings are accepted and stored as sent.
 */
final class WebhookEvents {

    static final Set<String> ALL = Set.of(
            "business_validation_rule.assignment.created", "business_validation_rule.assignment.deleted",
            "business_validation_rule.created", "business_validation_rule.deleted", "business_validation_rule.updated",
            "campaign.created", "campaign.deleted", "campaign.disabled", "campaign.enabled",
            "campaign.earning_rule.assigned", "campaign.earning_rule.deleted", "campaign.earning_rule.disabled",
            "campaign.earning_rule.enabled", "campaign.earning_rule.updated", "campaign.loyalty_tier.created",
            "campaign.loyalty_tier.deleted", "campaign.loyalty_tier.updated", "campaign.promotion_stack.created",
            "campaign.promotion_stack.updated", "campaign.promotion_tier.created", "campaign.promotion_tier.deleted",
            "campaign.promotion_tier.disabled", "campaign.promotion_tier.enabled", "campaign.promotion_tier.updated",
            "campaign.referral_tier.created", "campaign.referral_tier.deleted", "campaign.referral_tier.updated",
            "campaign.reward.assignment.created", "campaign.reward.assignment.deleted",
            "campaign.reward.assignment.updated", "campaign.updated", "campaign.vouchers.aded",
            "campaign.vouchers.added", "campaign.vouchers.generation.completed",
            "campaign.vouchers.generation.failed", "campaign.vouchers.generation.started", "customer.confirmed",
            "customer.created", "customer.deleted", "customer.rewarded", "customer.rewarded.loyalty_points",
            "publication.succeeded", "redemption.failed", "redemption.rollback.failed",
            "redemption.rollback.succeeded", "redemption.succeeded", "voucher.created", "voucher.deleted",
            "voucher.disabled", "voucher.enabled", "voucher.gift.balance_aded", "voucher.gift.balance_added",
            "voucher.gift.transaction.created", "voucher.loyalty_card.pending_points.activated",
            "voucher.loyalty_card.pending_points.aded", "voucher.loyalty_card.pending_points.added",
            "voucher.loyalty_card.pending_points.canceled", "voucher.loyalty_card.pending_points.updated",
            "voucher.loyalty_card.points_aded", "voucher.loyalty_card.points_added",
            "voucher.loyalty_card.points_expired", "voucher.loyalty_card.transaction.created", "voucher.published",
            "voucher.updated");

    private WebhookEvents() {
    }
}
