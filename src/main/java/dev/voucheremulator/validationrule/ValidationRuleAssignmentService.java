package dev.voucheremulator.validationrule;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.campaign.CampaignResponse;
import dev.voucheremulator.campaign.CampaignService;
import dev.voucheremulator.campaign.CampaignType;
import dev.voucheremulator.promotion.PromotionTierService;
import dev.voucheremulator.voucher.VoucherService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * POST /v1/validation-rules/{validationRuleId}/assignments: unlike {@link ValidationRuleService#assign},
 * the related object comes from the client, so a campaign, voucher or promotion tier must exist
 * (asked of the feature that owns it) and is stored under its id, also when named by name or code.
 */
@Service
@Transactional(readOnly = true)
class ValidationRuleAssignmentService {

    private final ValidationRuleService rules;
    private final CampaignService campaigns;
    private final VoucherService vouchers;
    private final PromotionTierService tiers;

    ValidationRuleAssignmentService(ValidationRuleService rules, CampaignService campaigns, VoucherService vouchers,
                                    PromotionTierService tiers) {
        this.rules = rules;
        this.campaigns = campaigns;
        this.vouchers = vouchers;
        this.tiers = tiers;
    }

    @Transactional
    AssignmentResponse create(String projectId, String ruleId, CreateAssignmentRequest body, boolean force) {
        rules.get(projectId, ruleId); // an unknown rule is the first thing to report
        RelatedObjectType type = body.relatedObjectType() == null ? RelatedObjectType.voucher
                : body.relatedObjectType();
        String relatedObjectId = switch (type) {
            case campaign -> {
                CampaignResponse campaign = campaigns.get(projectId, body.relatedObjectId());
                if (campaign.campaignType() == CampaignType.LOYALTY_PROGRAM) {
                    throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_campaign", "Invalid campaign",
                            "LOYALTY_PROGRAM campaigns cannot have validation rules", null, null);
                }
                yield campaign.id();
            }
            case voucher -> vouchers.get(projectId, body.relatedObjectId()).id();
            case promotion_tier -> {
                tiers.requireExists(projectId, body.relatedObjectId());
                yield body.relatedObjectId();
            }
            case earning_rule, distribution, reward_assignment -> body.relatedObjectId();
        };
        return rules.assign(projectId, ruleId, type.name(), relatedObjectId, force);
    }
}
