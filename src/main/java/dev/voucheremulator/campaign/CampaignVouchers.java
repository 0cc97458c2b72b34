package dev.voucheremulator.campaign;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.ids.ResourceIds;
import dev.voucheremulator.voucher.AddVoucherRequest;
import dev.voucheremulator.voucher.CampaignVoucherIssuer;
import dev.voucheremulator.voucher.CreateVoucherRequest;
import dev.voucheremulator.voucher.VoucherResponse;
import dev.voucheremulator.voucher.VoucherService;
import dev.voucheremulator.voucher.VoucherTemplate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vouchers issued by a campaign: stamped from its definition, and counted in its
 * {@code vouchers_count} in the same transaction.
 */
@Service
@Transactional(readOnly = true)
class CampaignVouchers implements CampaignVoucherIssuer {

    private final CampaignRepository campaigns;
    private final VoucherService vouchers;

    CampaignVouchers(CampaignRepository campaigns, VoucherService vouchers) {
        this.campaigns = campaigns;
        this.vouchers = vouchers;
    }

    @Transactional
    List<VoucherResponse> generate(Campaign campaign, int count, AddVoucherRequest overrides) {
        List<VoucherResponse> created = vouchers.generate(campaign.projectId(), template(campaign), count, overrides);
        campaign.vouchersAdded(created.size());
        campaigns.save(campaign);
        return created;
    }

    @Transactional
    List<VoucherResponse> add(String projectId, String campaignIdOrName, int count, AddVoucherRequest body) {
        if (count < 1 || count > CampaignService.MAX_VOUCHERS_PER_REQUEST) {
            throw ApiException.invalidQueryParams(
                    "Query parameter 'vouchers_count' should be between 1 and " + CampaignService.MAX_VOUCHERS_PER_REQUEST);
        }
        return generate(issuing(projectId, campaignIdOrName), count, body);
    }

    @Transactional
    VoucherResponse addWithCode(String projectId, String campaignIdOrName, String code, AddVoucherRequest body) {
        Campaign campaign = issuing(projectId, campaignIdOrName);
        VoucherResponse created = vouchers.addWithCode(projectId, template(campaign), code, body);
        campaign.vouchersAdded(1);
        campaigns.save(campaign);
        return created;
    }

    /** POST /v1/vouchers[/{code}] naming a campaign. */
    @Override
    @Transactional
    public VoucherResponse issue(String projectId, String campaignIdOrName, String code, CreateVoucherRequest body) {
        Campaign campaign = issuing(projectId, campaignIdOrName);
        AddVoucherRequest overrides = body == null ? null : body.asCampaignOverrides();
        VoucherResponse created = code == null
                ? vouchers.generate(projectId, template(campaign), 1, overrides).get(0)
                : vouchers.addWithCode(projectId, template(campaign), code, overrides);
        campaign.vouchersAdded(1);
        campaigns.save(campaign);
        return created;
    }

    @Transactional
    void campaignDeleted(Campaign campaign) {
        vouchers.deleteAllOfCampaign(campaign.projectId(), campaign.id());
    }

    /** A definition change reaches the campaign's vouchers that were never redeemed. */
    @Transactional
    void definitionChanged(Campaign campaign) {
        vouchers.redefineUnused(campaign.projectId(), template(campaign));
    }

    AsyncActionResponse asyncAction() {
        return new AsyncActionResponse(ResourceIds.asyncAction());
    }

    private Campaign issuing(String projectId, String campaignIdOrName) {
        Campaign campaign = campaigns.findLive(projectId, campaignIdOrName)
                .orElseThrow(() -> ApiException.notFound("campaign", campaignIdOrName));
        if (campaign.campaignType() == CampaignType.PROMOTION) {
            throw CampaignService.invalidCampaign("PROMOTION campaigns have tiers, not vouchers");
        }
        if (campaign.type() == CodeGeneration.STANDALONE) {
            throw CampaignService.invalidCampaign("You can not generate vouchers for STANDALONE type campaign.");
        }
        return campaign;
    }

    static VoucherTemplate template(Campaign c) {
        CampaignVoucherConfig v = c.voucher();
        return new VoucherTemplate(c.id(), c.name(), c.categoryId(), v.type(), v.discount(), v.gift(), v.loyaltyCard(),
                v.redemption(), v.codeConfig(), c.isReferralCode(), c.startDate(), c.expirationDate(),
                c.validityTimeframe(), c.validityDayOfWeek(), c.validityHours(), null);
    }
}
