package dev.voucheremulator.campaign;

import dev.voucheremulator.api.schema.ProjectSchemas;
import static dev.voucheremulator.campaign.CampaignDefinitions.invalidCampaign;
import static dev.voucheremulator.campaign.CampaignDefinitions.joinOnce;
import static dev.voucheremulator.campaign.CampaignDefinitions.requireValid;

import dev.voucheremulator.analytics.AnalyticsService;
import dev.voucheremulator.analytics.CampaignEvent;
import dev.voucheremulator.api.cache.ProjectChanges;
import dev.voucheremulator.api.cache.ReadCache;
import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.ids.ResourceIds;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.asyncaction.AsyncActionService.Accepted;
import dev.voucheremulator.category.CategoryDeleted;
import dev.voucheremulator.category.CategoryResponse;
import dev.voucheremulator.category.CategoryService;
import dev.voucheremulator.promotion.NewPromotionTier;
import dev.voucheremulator.promotion.PromotionTierResponse;
import dev.voucheremulator.promotion.PromotionTierService;
import dev.voucheremulator.spec.Validity;
import dev.voucheremulator.voucher.AddVoucherRequest;
import dev.voucheremulator.voucher.VoucherResponse;
import dev.voucheremulator.validationrule.ValidationRuleService;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Campaigns through their life: created, read, listed, updated, enabled or disabled, deleted. What
 * a request may define is checked by {@link CampaignDefinitions}, promotion tiers are handled by
 * {@link CampaignPromotionTiers}, and responses are built by {@link CampaignResponses}.
 */
@Service
@Transactional(readOnly = true)
public class CampaignService {

    /** Vouchers are generated synchronously; beyond this a request would take too long to answer. */
    public static final int MAX_VOUCHERS_PER_REQUEST = 100_000;

    private final CampaignRepository repository;
    private final CategoryService categories;
    private final PromotionTierService tiers;
    private final CampaignPromotionTiers promotionTiers;
    private final CampaignVouchers vouchers;
    private final CampaignRuleAssignments rules;
    private final ValidationRuleService validationRules;
    private final CampaignResponses responses;
    private final AnalyticsService analytics;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ProjectSchemas schemas;
    // Lists without filters (relative date filters move with the clock): what a test suite reads again and again
    private final ReadCache<CampaignListQuery, ListEnvelope<CampaignResponse>> lists;
    private final ReadCache<String, CampaignResponse> bases;
    private final TransactionTemplate reading;

    CampaignService(CampaignRepository repository, CategoryService categories, PromotionTierService tiers,
                    CampaignPromotionTiers promotionTiers, CampaignVouchers vouchers, CampaignRuleAssignments rules,
                    ValidationRuleService validationRules, CampaignResponses responses, AnalyticsService analytics,
                    JsonMapper json, Clock clock, ApplicationEventPublisher events, ProjectSchemas schemas,
                    ProjectChanges changes, PlatformTransactionManager transactions) {
        this.schemas = schemas;
        this.lists = changes.readingCache(ProjectChanges.Scope.CATALOG, 10_000);
        this.bases = changes.readingCache(ProjectChanges.Scope.CATALOG, 10_000);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.repository = repository;
        this.categories = categories;
        this.tiers = tiers;
        this.promotionTiers = promotionTiers;
        this.vouchers = vouchers;
        this.rules = rules;
        this.validationRules = validationRules;
        this.responses = responses;
        this.analytics = analytics;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public CampaignResponse create(String projectId, CreateCampaignRequest body) {
        return create(projectId, body, null);
    }

    /**
     * As POST /v1/campaigns, but a STANDALONE campaign's one voucher takes {@code standaloneVoucher}'s code
     * and overrides instead of a generated code: how an import brings a generic code back as it was.
     */
    @Transactional
    public CampaignResponse create(String projectId, CreateCampaignRequest body, AddVoucherRequest standaloneVoucher) {
        schemas.checkMetadata(projectId, "campaign", body.metadata());
        CampaignType campaignType = CampaignDefinitions.campaignType(body);
        CodeGeneration type = body.type() != null ? body.type()
                : campaignType == CampaignType.PROMOTION ? CodeGeneration.STATIC : CodeGeneration.AUTO_UPDATE;
        if (type == CodeGeneration.STANDALONE && campaignType != CampaignType.DISCOUNT_COUPONS
                && campaignType != CampaignType.GIFT_VOUCHERS) {
            throw invalidCampaign("STANDALONE type is available for DISCOUNT_COUPONS and GIFT_VOUCHERS campaigns only");
        }
        int vouchersCount = body.vouchersCount() == null ? 0 : body.vouchersCount();
        if (type == CodeGeneration.STANDALONE && vouchersCount > 1) {
            throw invalidCampaign("A STANDALONE campaign has exactly one code; 'vouchers_count' cannot exceed 1");
        }
        requireValid(body.validity().problem(body.activityDurationAfterPublishing()));
        CampaignVoucherConfig voucher = campaignType == CampaignType.PROMOTION ? null
                : CampaignDefinitions.voucherConfig(campaignType, body.voucher());
        List<NewPromotionTier> newTiers = campaignType == CampaignType.PROMOTION
                ? promotionTiers.requested(projectId, body) : List.of();
        if (campaignType == CampaignType.PROMOTION && vouchersCount > 0) {
            throw invalidCampaign("PROMOTION campaigns have tiers, not vouchers; remove 'vouchers_count'");
        }
        rules.requireExisting(projectId, campaignType, body.validationRules());
        if (repository.existsByProjectIdAndNameAndDeletedAtIsNull(projectId, body.name())) {
            throw ApiException.duplicate("campaign", "name", body.name());
        }
        Optional<CategoryResponse> category = categories.resolve(projectId, body.categoryId(), body.category());

        Campaign campaign = new Campaign(ResourceIds.campaign(), projectId, body.name(), campaignType, type, now());
        campaign.describe(body.description());
        campaign.referralCode(campaignType == CampaignType.REFERRAL_PROGRAM);
        campaign.joining(Boolean.TRUE.equals(body.autoJoin()), joinOnce(campaignType, type, body.joinOnce()));
        // recorded: true unless sent otherwise, false for PROMOTION campaigns (they issue no vouchers)
        campaign.useVoucherMetadataSchema(body.useVoucherMetadataSchema() != null ? body.useVoucherMetadataSchema()
                : campaignType != CampaignType.PROMOTION);
        campaign.voucher(voucher);
        campaign.category(category.map(CategoryResponse::id).orElse(null));
        campaign.metadata(body.metadata());
        campaign.activityDurationAfterPublishing(body.activityDurationAfterPublishing());
        campaign.referralProgram(campaignType == CampaignType.REFERRAL_PROGRAM ? body.referralProgram() : null);
        campaign.loyaltyTiersExpiration(campaignType == CampaignType.LOYALTY_PROGRAM
                ? body.loyaltyTiersExpiration() : null);
        campaign.validity(body.validity());
        repository.saveAndFlush(campaign);
        changed(campaign, "campaign.created", body);
        rules.assign(projectId, body.validationRules(), "campaign", campaign.id());

        if (!newTiers.isEmpty()) {
            promotionTiers.create(projectId, campaign.id(), newTiers, body.promotion().tiers());
        }
        int toGenerate = type == CodeGeneration.STANDALONE ? 1 : vouchersCount;
        if (toGenerate > 0) {
            vouchers.generate(campaign, toGenerate, type == CodeGeneration.STANDALONE ? standaloneVoucher : null);
        }
        if (toGenerate > 1) {
            // the real API generates more than one voucher in an async action, which its list shows
            vouchers.generated(projectId, toGenerate);
        }
        return responses.single(campaign);
    }

    public CampaignResponse get(String projectId, String idOrName) {
        return responses.single(find(projectId, idOrName));
    }

    /** A live campaign by id (not by name): what redemptions check a voucher's or tier's campaign against. */
    public Optional<CampaignResponse> findById(String projectId, String campaignId) {
        return repository.findByProjectIdAndIdAndDeletedAtIsNull(projectId, campaignId).map(responses::single);
    }

    /**
     * The campaign as a list item shows it ({@code CampaignBase}): what the summary embeds. Kept until
     * the project's catalog changes; a cache hit opens no transaction.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public CampaignResponse getBase(String projectId, String idOrName) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return responses.base(find(projectId, idOrName)); // may see the caller's own uncommitted writes
        }
        return bases.get(projectId, idOrName, () -> responses.base(find(projectId, idOrName)));
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public ListEnvelope<CampaignResponse> list(String projectId, CampaignListQuery query) {
        if (!query.filters().conditions().isEmpty() || TransactionSynchronizationManager.isActualTransactionActive()) {
            return reading.execute(s -> load(projectId, query));
        }
        return lists.get(projectId, query, () -> load(projectId, query));
    }

    private ListEnvelope<CampaignResponse> load(String projectId, CampaignListQuery query) {
        Page<Campaign> page = repository.findAll(query.specification(projectId, clock.instant()), query.pageable());
        return ListEnvelope.of("campaigns", responses.listItems(projectId, page.getContent(), query.expandCategory()),
                page.getTotalElements());
    }

    @Transactional
    public CampaignResponse update(String projectId, String idOrName, UpdateCampaignRequest body) {
        Campaign campaign = find(projectId, idOrName);
        if (body.metadata() != null && body.metadata().isPresent() && body.metadata().value() != null) {
            schemas.checkMetadata(projectId, "campaign", body.metadata().value());
        }
        if (campaign.protectedCampaign()) {
            throw ApiException.badRequest("resource_protected", "Resource protected",
                    "Campaign " + campaign.name() + " is protected and cannot be modified");
        }
        if (body.type() != null && body.type() != campaign.type()) {
            if (campaign.type() == CodeGeneration.STANDALONE || body.type() == CodeGeneration.STANDALONE) {
                throw invalidCampaign("The type of a campaign cannot change to or from STANDALONE");
            }
            if (campaign.campaignType() == CampaignType.PROMOTION) {
                throw invalidCampaign("The type of a PROMOTION campaign cannot change");
            }
        }
        Validity validity = body.validity(campaign.validity());
        String activity = body.activityDurationAfterPublishing().orElse(campaign.activityDurationAfterPublishing());
        requireValid(validity.problem(activity));
        CampaignVoucherConfig voucher = CampaignDefinitions.updatedVoucher(campaign, body);
        Optional<CategoryResponse> category = categories.resolve(projectId, body.categoryId().value(),
                body.category().value());

        campaign.describe(body.description().orElse(campaign.description()));
        if (body.type() != null) {
            campaign.type(body.type());
        }
        campaign.joining(firstNonNull(body.autoJoin(), campaign.autoJoin()),
                joinOnce(campaign.campaignType(), campaign.type(), firstNonNull(body.joinOnce(), campaign.joinOnce())));
        campaign.validity(validity);
        campaign.activityDurationAfterPublishing(activity);
        if (body.clearsCategory()) {
            campaign.category(null);
        }
        category.ifPresent(c -> campaign.category(c.id()));
        campaign.metadata(body.metadata().isPresent() && body.metadata().value() == null ? null
                : CampaignDefinitions.mergedMetadata(campaign.metadata(), body.metadata().value(),
                        body.unsetMetadataFields()));
        campaign.voucher(voucher);
        if (campaign.campaignType() == CampaignType.REFERRAL_PROGRAM) {
            campaign.referralProgram(body.referralProgram().orElse(campaign.referralProgram()));
        }
        if (campaign.campaignType() == CampaignType.LOYALTY_PROGRAM) {
            campaign.loyaltyTiersExpiration(body.loyaltyTiersExpiration().orElse(campaign.loyaltyTiersExpiration()));
        }
        campaign.touched(now());
        repository.saveAndFlush(campaign);
        changed(campaign, "campaign.updated", body);
        vouchers.definitionChanged(campaign);
        return responses.single(campaign);
    }

    /** Soft delete: the campaign and its vouchers disappear, and its name is free again. */
    @Transactional
    public Accepted delete(String projectId, String idOrName) {
        Campaign campaign = find(projectId, idOrName);
        if (campaign.protectedCampaign()) {
            throw ApiException.badRequest("resource_protected", "Resource protected",
                    "Campaign " + campaign.name() + " is protected and cannot be deleted");
        }
        Instant now = now();
        campaign.delete(now);
        repository.saveAndFlush(campaign);
        changed(campaign, "campaign.deleted", null);
        Accepted accepted = vouchers.campaignDeleted(campaign);
        validationRules.deleteAssignmentsOf(projectId, campaign.id());
        tiers.campaignDeleted(projectId, campaign.id());
        return accepted;
    }

    @Transactional
    public void enable(String projectId, String idOrName, boolean active) {
        Campaign campaign = find(projectId, idOrName);
        if (campaign.active() != active) {
            campaign.activate(active);
            campaign.touched(now());
            changed(campaign, active ? "campaign.enabled" : "campaign.disabled", null);
        }
    }

    /** Adds a tier to an existing PROMOTION campaign (tier-setup from a template). */
    @Transactional
    public PromotionTierResponse addPromotionTier(String projectId, String campaignId, NewPromotionTier tier) {
        Campaign campaign = find(projectId, campaignId);
        String tierId = promotionTiers.add(projectId, campaign, tier);
        campaign.touched(now());
        return promotionTiers.get(projectId, tierId);
    }

    public PromotionTierResponse promotionTier(String projectId, String tierId) {
        return promotionTiers.get(projectId, tierId);
    }

    /**
     * For publications of an AUTO_UPDATE campaign: generates {@code count} more vouchers, counted in
     * the campaign and its summary like any added voucher.
     */
    @Transactional
    public List<VoucherResponse> generateVouchers(String projectId, String campaignId, int count) {
        return vouchers.add(projectId, campaignId, count, null);
    }

    @EventListener
    @Transactional
    void categoryDeleted(CategoryDeleted event) {
        repository.clearCategory(event.projectId(), event.categoryId());
    }

    Campaign find(String projectId, String idOrName) {
        return repository.findLive(projectId, idOrName)
                .orElseThrow(() -> ApiException.notFound("campaign", idOrName));
    }

    /**
     * The dashboard's activity log: a change and the request body that made it, as the wire format
     * writes it. No summary counter moves.
     */
    private void changed(Campaign campaign, String type, Object body) {
        Map<String, Object> payload = body == null ? Map.of()
                : json.convertValue(body, new TypeReference<Map<String, Object>>() { });
        analytics.record(CampaignEvent.of(campaign.projectId(), campaign.id(), type, now())
                .details(Map.of("payload", payload))
                .build());
        events.publishEvent(new CampaignChanged(campaign.projectId(), campaign.id(), type,
                () -> responses.single(campaign)));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static <T> T firstNonNull(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
