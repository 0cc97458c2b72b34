package dev.voucheremulator.campaign;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.spec.CodeConfig;
import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.spec.Gift;
import dev.voucheremulator.spec.LoyaltyCardConfig;
import dev.voucheremulator.spec.RedemptionLimit;
import dev.voucheremulator.spec.VoucherType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * What a campaign request may define: each part checked (the first problem is thrown as the
 * Voucherify error) and completed with Voucherify's defaults. Reads and writes nothing.
 */
final class CampaignDefinitions {

    private CampaignDefinitions() {
    }

    static CampaignType campaignType(CreateCampaignRequest body) {
        if (body.campaignType() != null) {
            return body.campaignType();
        }
        if (body.voucher() != null && body.voucher().type() != null) {
            return switch (body.voucher().type()) {
                case DISCOUNT_VOUCHER -> CampaignType.DISCOUNT_COUPONS;
                case GIFT_VOUCHER -> CampaignType.GIFT_VOUCHERS;
                case LOYALTY_CARD -> CampaignType.LOYALTY_PROGRAM;
            };
        }
        if (body.promotion() != null) {
            return CampaignType.PROMOTION;
        }
        throw ApiException.invalidPayload("Payload should have required property 'campaign_type'");
    }

    /** Checks the type-specific part of the voucher definition and fills in Voucherify's defaults. */
    static CampaignVoucherConfig voucherConfig(CampaignType campaignType, CreateCampaignRequest.VoucherDefinition v) {
        String label = campaignType.name();
        if (v == null) {
            throw invalidCampaign("Property 'voucher' is required for " + label + " campaign");
        }
        VoucherType expected = campaignType.voucherType();
        if (v.type() != null && v.type() != expected) {
            throw invalidCampaign("Property 'voucher.type' should be " + expected + " for " + label + " campaign");
        }
        if (v.codeConfig() != null) {
            requireValid(v.codeConfig().problem());
        }
        CodeConfig codeConfig = v.codeConfig() == null ? CodeConfig.DEFAULT : v.codeConfig().normalized();
        RedemptionLimit redemption = redemption(v.redemption());
        return switch (expected) {
            case DISCOUNT_VOUCHER -> {
                if (v.discount() == null) {
                    throw invalidCampaign("Property 'discount' is required for " + label + " campaign");
                }
                requireValidCampaign(v.discount().problem());
                yield new CampaignVoucherConfig(expected, v.discount(), null, null, redemption, codeConfig);
            }
            case GIFT_VOUCHER -> {
                if (v.gift() == null || v.gift().amount() == null) {
                    throw invalidCampaign("Property 'gift.amount' is required for " + label + " campaign");
                }
                if (v.gift().amount() < 0) {
                    throw invalidCampaign("Property 'gift.amount' should be a non-negative amount in cents");
                }
                Gift gift = new Gift(v.gift().amount(), null, null,
                        v.gift().effect() == null ? Gift.GiftEffect.APPLY_TO_ORDER : v.gift().effect());
                yield new CampaignVoucherConfig(expected, null, gift, null, redemption, codeConfig);
            }
            case LOYALTY_CARD -> {
                if (v.loyaltyCard() == null) {
                    throw invalidCampaign("Property 'loyalty_card' is required for " + label + " campaign");
                }
                LoyaltyCardConfig card = new LoyaltyCardConfig(
                        v.loyaltyCard().points() == null ? 0L : v.loyaltyCard().points(), v.loyaltyCard().expirationRules());
                if (card.points() < 0) {
                    throw invalidCampaign("Property 'loyalty_card.points' should not be negative");
                }
                yield new CampaignVoucherConfig(expected, null, null, card, redemption, codeConfig);
            }
        };
    }

    private static RedemptionLimit redemption(RedemptionLimit requested) {
        if (requested == null || requested.quantity() == null) {
            return RedemptionLimit.UNLIMITED;
        }
        if (requested.quantity() < 1) {
            throw ApiException.invalidPayload("Property 'voucher.redemption.quantity' should be at least 1, or null for unlimited");
        }
        return requested;
    }

    static CampaignVoucherConfig updatedVoucher(Campaign campaign, UpdateCampaignRequest body) {
        CampaignVoucherConfig v = campaign.voucher();
        if (v == null) {
            return null;
        }
        Discount discount = v.discount();
        Gift gift = v.gift();
        if (body.discount() != null && v.type() == VoucherType.DISCOUNT_VOUCHER) {
            requireValidCampaign(body.discount().problem());
            discount = body.discount();
        }
        if (body.gift() != null && v.type() == VoucherType.GIFT_VOUCHER) {
            if (body.gift().amount() == null || body.gift().amount() < 0) {
                throw invalidCampaign("Property 'gift.amount' should be a non-negative amount in cents");
            }
            gift = new Gift(body.gift().amount(), null, null,
                    body.gift().effect() == null ? v.gift().effect() : body.gift().effect());
        }
        return new CampaignVoucherConfig(v.type(), discount, gift, v.loyaltyCard(), v.redemption(), v.codeConfig());
    }

    /** Voucherify forces join_once: always true for loyalty programs, always false for STANDALONE codes. */
    static boolean joinOnce(CampaignType campaignType, CodeGeneration type, Boolean requested) {
        if (campaignType == CampaignType.LOYALTY_PROGRAM) {
            return true;
        }
        if (type == CodeGeneration.STANDALONE) {
            return false;
        }
        return Boolean.TRUE.equals(requested);
    }

    static Map<String, Object> mergedMetadata(Map<String, Object> current, Map<String, Object> changes,
                                              List<String> unset) {
        if (changes == null && (unset == null || unset.isEmpty())) {
            return current;
        }
        Map<String, Object> merged = current == null ? new HashMap<>() : new HashMap<>(current);
        if (changes != null) {
            merged.putAll(changes);
        }
        if (unset != null) {
            unset.forEach(merged::remove);
        }
        return merged;
    }

    static void requireValid(String problem) {
        if (problem != null) {
            throw ApiException.invalidPayload(problem);
        }
    }

    static void requireValidCampaign(String problem) {
        if (problem != null) {
            throw invalidCampaign(problem);
        }
    }

    static ApiException invalidCampaign(String details) {
        return new ApiException(HttpStatus.BAD_REQUEST, "invalid_campaign", "Invalid campaign", details, null, null);
    }
}
