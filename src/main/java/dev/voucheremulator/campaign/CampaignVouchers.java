package dev.voucheremulator.campaign;

import dev.voucheremulator.analytics.AnalyticsService;
import dev.voucheremulator.analytics.CampaignEvent;
import dev.voucheremulator.analytics.Counter;
import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.asyncaction.AsyncActionService;
import dev.voucheremulator.asyncaction.AsyncActionService.Accepted;
import dev.voucheremulator.voucher.AddVoucherRequest;
import dev.voucheremulator.voucher.CampaignVoucherIssuer;
import dev.voucheremulator.voucher.CreateVoucherRequest;
import dev.voucheremulator.voucher.LoyaltyCard;
import dev.voucheremulator.voucher.VoucherResponse;
import dev.voucheremulator.voucher.VoucherIssueService;
import dev.voucheremulator.voucher.VoucherUpdateService;
import dev.voucheremulator.voucher.VoucherUpdateService.DeletedVoucher;
import dev.voucheremulator.voucher.VoucherTemplate;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vouchers issued by a campaign: stamped from its definition, and counted in its
 * {@code vouchers_count} and summary in the same transaction.
 */
@Service
@Transactional(readOnly = true)
class CampaignVouchers implements CampaignVoucherIssuer {

    private static final int SAMPLE_CODES = 10;

    private final CampaignRepository campaigns;
    private final VoucherIssueService vouchers;
    private final VoucherUpdateService voucherUpdates;
    private final AnalyticsService analytics;
    private final AsyncActionService asyncActions;
    private final EntityManager entityManager;
    private final Clock clock;

    CampaignVouchers(CampaignRepository campaigns, VoucherIssueService vouchers, VoucherUpdateService voucherUpdates,
                     AnalyticsService analytics, AsyncActionService asyncActions, EntityManager entityManager,
                     Clock clock) {
        this.campaigns = campaigns;
        this.vouchers = vouchers;
        this.voucherUpdates = voucherUpdates;
        this.analytics = analytics;
        this.asyncActions = asyncActions;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    List<VoucherResponse> generate(Campaign campaign, int count, AddVoucherRequest overrides) {
        List<VoucherResponse> created = vouchers.generate(campaign.projectId(), template(campaign), count, overrides);
        added(campaign, created);
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

    /** More than one voucher: the real API generates them in an async action and answers with its id. */
    @Transactional
    Accepted addInBulk(String projectId, String campaignIdOrName, int count, AddVoucherRequest body) {
        return generated(projectId, add(projectId, campaignIdOrName, count, body).size());
    }

    /** Records a batch generation as the {@code CAMPAIGN.VOUCHERS_GENERATE} action the real API reports. */
    @Transactional
    Accepted generated(String projectId, int count) {
        return asyncActions.done(projectId, "CAMPAIGN.VOUCHERS_GENERATE",
                AsyncActionService.counted("Generated " + count + " vouchers.", count));
    }

    @Transactional
    VoucherResponse addWithCode(String projectId, String campaignIdOrName, String code, AddVoucherRequest body) {
        Campaign campaign = issuing(projectId, campaignIdOrName);
        VoucherResponse created = vouchers.addWithCode(projectId, template(campaign), code, body);
        added(campaign, List.of(created));
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
        added(campaign, List.of(created));
        return created;
    }

    @Override
    @Transactional
    public void delete(String projectId, String codeOrId) {
        DeletedVoucher deleted = voucherUpdates.delete(projectId, codeOrId);
        if (deleted.campaignId() == null) {
            return; // a standalone voucher belongs to no campaign summary
        }
        Campaign campaign = campaigns.findById(deleted.campaignId()).orElseThrow();
        entityManager.refresh(campaign, LockModeType.PESSIMISTIC_WRITE);
        campaign.vouchersRemoved(1);
        analytics.record(CampaignEvent.of(projectId, campaign.id(), "voucher.deleted", clock.instant())
                .count(Counter.VOUCHERS_DELETED)
                .add(Counter.AMOUNT_DELETED, deleted.giftBalance())
                .add(Counter.POINTS_DELETED, deleted.pointsBalance())
                .details(Map.of("code", deleted.code(), "voucher_id", deleted.id()))
                .build());
    }

    /** The vouchers go with their campaign, in the {@code CAMPAIGN.VOUCHERS_DELETE} action the 202 names. */
    @Transactional
    Accepted campaignDeleted(Campaign campaign) {
        int deleted = voucherUpdates.deleteAllOfCampaign(campaign.projectId(), campaign.id());
        return asyncActions.done(campaign.projectId(), "CAMPAIGN.VOUCHERS_DELETE",
                AsyncActionService.counted("Deleted " + deleted + " vouchers.", deleted));
    }

    /** A definition change reaches the campaign's vouchers that were never published or redeemed. */
    @Transactional
    void definitionChanged(Campaign campaign) {
        if (campaign.voucher() == null) {
            return; // a PROMOTION campaign has tiers, no vouchers
        }
        voucherUpdates.redefineUnused(campaign.projectId(), template(campaign));
    }

    /** Counts new vouchers in the campaign and its summary: one event for the whole batch. */
    private void added(Campaign campaign, List<VoucherResponse> created) {
        if (created.isEmpty()) {
            return;
        }
        campaign.vouchersAdded(created.size());
        campaigns.save(campaign);
        long amount = created.stream().filter(v -> v.gift() != null && v.gift().amount() != null)
                .mapToLong(v -> v.gift().amount()).sum();
        long points = created.stream().map(VoucherResponse::loyaltyCard)
                .filter(card -> card != null && card.points() != null)
                .mapToLong(LoyaltyCard::points).sum();
        analytics.record(CampaignEvent.of(campaign.projectId(), campaign.id(), "voucher.created", clock.instant())
                .add(Counter.VOUCHERS_CREATED, created.size())
                .add(Counter.CREATED_VOUCHERS_AMOUNT, amount)
                .add(Counter.CREATED_VOUCHERS_POINTS, points)
                .details(Map.of("count", created.size(),
                        "codes", created.stream().limit(SAMPLE_CODES).map(VoucherResponse::code).toList()))
                .build());
    }

    /**
     * The campaign that is to issue vouchers, locked: concurrent requests adding to (or deleting
     * from) one campaign take turns on its {@code vouchers_count} instead of failing on its version.
     */
    private Campaign issuing(String projectId, String campaignIdOrName) {
        Campaign campaign = campaigns.findLive(projectId, campaignIdOrName)
                .orElseThrow(() -> ApiException.notFound("campaign", campaignIdOrName));
        entityManager.refresh(campaign, LockModeType.PESSIMISTIC_WRITE);
        if (campaign.campaignType() == CampaignType.PROMOTION) {
            throw CampaignDefinitions.invalidCampaign("PROMOTION campaigns have tiers, not vouchers");
        }
        if (campaign.type() == CodeGeneration.STANDALONE) {
            throw CampaignDefinitions.invalidCampaign("You can not generate vouchers for STANDALONE type campaign.");
        }
        return campaign;
    }

    static VoucherTemplate template(Campaign c) {
        CampaignVoucherConfig v = c.voucher();
        return new VoucherTemplate(c.id(), c.name(), c.categoryId(), v.type(), v.discount(), v.gift(), v.loyaltyCard(),
                v.redemption(), v.codeConfig(), c.isReferralCode(), c.validity(), null);
    }
}
