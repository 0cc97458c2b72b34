package dev.voucheremulator.campaign;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.validationrule.AssignmentTarget;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Campaigns named by a validation rule assignment: by id or name; loyalty programs take no rules. */
@Component
class CampaignAssignmentTarget implements AssignmentTarget {

    private final CampaignService campaigns;

    CampaignAssignmentTarget(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public String relatedObjectType() {
        return "campaign";
    }

    @Override
    public String resolveId(String projectId, String idOrName) {
        CampaignResponse campaign = campaigns.get(projectId, idOrName);
        if (campaign.campaignType() == CampaignType.LOYALTY_PROGRAM) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_campaign", "Invalid campaign",
                    "LOYALTY_PROGRAM campaigns cannot have validation rules", null, null);
        }
        return campaign.id();
    }
}
