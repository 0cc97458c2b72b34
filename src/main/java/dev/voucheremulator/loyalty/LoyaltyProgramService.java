package dev.voucheremulator.loyalty;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.asyncaction.AsyncActionService.Accepted;
import dev.voucheremulator.campaign.CampaignListQuery;
import dev.voucheremulator.campaign.CampaignResponse;
import dev.voucheremulator.campaign.CampaignService;
import dev.voucheremulator.campaign.CampaignType;
import dev.voucheremulator.campaign.CodeGeneration;
import dev.voucheremulator.campaign.CreateCampaignRequest;
import dev.voucheremulator.campaign.UpdateCampaignRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legacy /v1/loyalties view of campaigns: the same storage and rules as /v1/campaigns,
 * restricted to LOYALTY_PROGRAM. A program created here is listed there and vice versa.
 */
@Service
@Transactional(readOnly = true)
public class LoyaltyProgramService {

    private final CampaignService campaigns;

    LoyaltyProgramService(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Transactional(propagation = Propagation.SUPPORTS) // the campaign list reads through its cache outside a transaction
    ListEnvelope<CampaignResponse> list(String projectId, Integer limit, Integer page, String order,
                                        List<String> expand) {
        return campaigns.list(projectId, CampaignListQuery.of(limit, page, CampaignType.LOYALTY_PROGRAM, null, null,
                order, expand, Map.of()));
    }

    @Transactional
    CampaignResponse create(String projectId, CreateCampaignRequest body) {
        if (body.campaignType() != null && body.campaignType() != CampaignType.LOYALTY_PROGRAM) {
            throw invalidCampaign("Loyalty programs have campaign_type LOYALTY_PROGRAM");
        }
        if (body.type() == CodeGeneration.STANDALONE) {
            throw invalidCampaign("A loyalty program's type is AUTO_UPDATE or STATIC");
        }
        return campaigns.create(projectId, body.withCampaignType(CampaignType.LOYALTY_PROGRAM));
    }

    public CampaignResponse get(String projectId, String idOrName) {
        CampaignResponse campaign = campaigns.get(projectId, idOrName);
        if (campaign.campaignType() != CampaignType.LOYALTY_PROGRAM) {
            // other campaign types do not exist for this API
            throw ApiException.notFound("campaign", idOrName);
        }
        return campaign;
    }

    @Transactional
    CampaignResponse update(String projectId, String idOrName, UpdateCampaignRequest body) {
        return campaigns.update(projectId, get(projectId, idOrName).id(), body);
    }

    @Transactional
    Accepted delete(String projectId, String idOrName) {
        return campaigns.delete(projectId, get(projectId, idOrName).id());
    }

    private static ApiException invalidCampaign(String details) {
        return new ApiException(HttpStatus.BAD_REQUEST, "invalid_campaign", "Invalid campaign", details, null, null);
    }
}
