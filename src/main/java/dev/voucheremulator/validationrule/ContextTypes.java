package dev.voucheremulator.validationrule;

import java.util.Set;

/** The {@code context_type} values a validation rule may have; {@code global} when none is sent. */
final class ContextTypes {

    static final String DEFAULT = "global";

    private static final Set<String> ALL = Set.of(
            "earning_rule.order.paid", "earning_rule.custom_event", "earning_rule.customer.segment.entered",
            "earning_rule.customer.tier.joined", "earning_rule.customer.tier.left",
            "earning_rule.customer.tier.upgraded", "earning_rule.customer.tier.downgraded",
            "earning_rule.customer.tier.prolonged",
            "campaign.discount_coupons", "campaign.discount_coupons.discount.apply_to_order",
            "campaign.discount_coupons.discount.apply_to_items",
            "campaign.discount_coupons.discount.apply_to_items_proportionally",
            "campaign.discount_coupons.discount.apply_to_items_proportionally_by_quantity",
            "campaign.discount_coupons.discount.apply_to_items_by_quantity",
            "campaign.discount_coupons.discount.fixed.apply_to_items",
            "campaign.discount_coupons.discount.percent.apply_to_items", "campaign.gift_vouchers",
            "campaign.gift_vouchers.gift.apply_to_order", "campaign.gift_vouchers.gift.apply_to_items",
            "campaign.referral_program", "campaign.referral_program.discount.apply_to_order",
            "campaign.referral_program.discount.apply_to_items",
            "campaign.referral_program.discount.apply_to_items_proportionally",
            "campaign.referral_program.discount.apply_to_items_proportionally_by_quantity",
            "campaign.referral_program.discount.apply_to_items_by_quantity",
            "campaign.referral_program.discount.fixed.apply_to_items",
            "campaign.referral_program.discount.percent.apply_to_items", "campaign.promotion",
            "campaign.promotion.discount.apply_to_order", "campaign.promotion.discount.apply_to_items",
            "campaign.promotion.discount.apply_to_items_proportionally",
            "campaign.promotion.discount.apply_to_items_proportionally_by_quantity",
            "campaign.promotion.discount.apply_to_items_by_quantity",
            "campaign.promotion.discount.fixed.apply_to_items", "campaign.promotion.discount.percent.apply_to_items",
            "campaign.loyalty_program",
            "voucher.discount_voucher", "voucher.discount_voucher.discount.apply_to_order",
            "voucher.discount_voucher.discount.apply_to_items",
            "voucher.discount_voucher.discount.apply_to_items_proportionally",
            "voucher.discount_voucher.discount.apply_to_items_proportionally_by_quantity",
            "voucher.discount_voucher.discount.apply_to_items_by_quantity",
            "voucher.discount_voucher.discount.fixed.apply_to_items",
            "voucher.discount_voucher.discount.percent.apply_to_items", "voucher.gift_voucher",
            "voucher.gift_voucher.gift.apply_to_order", "voucher.gift_voucher.gift.apply_to_items",
            "voucher.loyalty_card",
            "distribution.custom_event", "distribution.order.paid", "distribution.order.created",
            "distribution.order.canceled", "distribution.order.updated",
            "reward_assignment.pay_with_points",
            "global");

    private ContextTypes() {
    }

    static boolean isKnown(String contextType) {
        return ALL.contains(contextType);
    }
}
