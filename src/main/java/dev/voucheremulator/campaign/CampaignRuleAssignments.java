package dev.voucheremulator.campaign;

import static dev.voucheremulator.campaign.CampaignDefinitions.invalidCampaign;

import dev.voucheremulator.validationrule.ValidationRuleService;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The validation rules a create-campaign request names for the campaign or its tiers: each must
 * exist before anything is stored, and each is assigned once after.
 */
@Component
class CampaignRuleAssignments {

    private final ValidationRuleService validationRules;

    CampaignRuleAssignments(ValidationRuleService validationRules) {
        this.validationRules = validationRules;
    }

    /** Every referenced rule must exist (404 validation_rules); loyalty programs take none. */
    void requireExisting(String projectId, CampaignType campaignType, List<String> ruleIds) {
        if (ruleIds == null || ruleIds.isEmpty()) {
            return;
        }
        if (campaignType == CampaignType.LOYALTY_PROGRAM) {
            throw invalidCampaign("LOYALTY_PROGRAM campaigns cannot have validation rules");
        }
        ruleIds.forEach(id -> validationRules.get(projectId, id));
    }

    void assign(String projectId, List<String> ruleIds, String type, String relatedObjectId) {
        if (ruleIds != null) {
            ruleIds.stream().distinct().forEach(id -> validationRules.assign(projectId, id, type, relatedObjectId));
        }
    }
}
