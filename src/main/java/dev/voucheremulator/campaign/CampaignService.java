package dev.voucheremulator.campaign;

import dev.voucheremulator.analytics.AnalyticsService;
import dev.voucheremulator.analytics.CampaignEvent;
import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.ids.ResourceIds;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.category.CategoryDeleted;
import dev.voucheremulator.category.CategoryResponse;
import dev.voucheremulator.category.CategoryService;
import dev.voucheremulator.promotion.NewPromotionTier;
import dev.voucheremulator.promotion.PromotionTierResponse;
import dev.voucheremulator.promotion.PromotionTierService;
import dev.voucheremulator.spec.CodeConfig;
import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.spec.Gift;
import dev.voucheremulator.spec.LoyaltyCardConfig;
import dev.voucheremulator.spec.RedemptionLimit;
import dev.voucheremulator.spec.Validity;
import dev.voucheremulator.spec.VoucherType;
import dev.voucheremulator.voucher.VoucherResponse;
import dev.voucheremulator.validationrule.ValidationRuleService;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Service
@Transactional(readOnly = true)
public class CampaignService {

    /** Vouchers are generated synchronously; beyond this a request would take too long to answer. */
    public static final int MAX_VOUCHERS_PER_REQUEST = 100_000;

    private final CampaignRepository repository;
    private final CategoryService categories;
    private final PromotionTierService tiers;
    private final CampaignVouchers vouchers;
    private final ValidationRuleService validationRules;
    private final AnalyticsService analytics;
    private final JsonMapper json;
    private final Clock clock;

    CampaignService(CampaignRepository repository, CategoryService categories, PromotionTierService tiers,
                    CampaignVouchers vouchers, ValidationRuleService validationRules, AnalyticsService analytics,
                    JsonMapper json, Clock clock) {
        this.repository = repository;
        this.categories = categories;
        this.tiers = tiers;
        this.vouchers = vouchers;
        this.validationRules = validationRules;
        this.analytics = analytics;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public CampaignResponse create(String projectId, CreateCampaignRequest body) {
        CampaignType campaignType = campaignType(body);
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
        requireValid(Validity.problem(body.startDate(), body.expirationDate(), body.validityTimeframe(),
                body.validityDayOfWeek(), body.validityHours(), body.activityDurationAfterPublishing()));
        CampaignVoucherConfig voucher = campaignType == CampaignType.PROMOTION ? null
                : voucherConfig(campaignType, body.voucher());
        List<NewPromotionTier> newTiers = campaignType == CampaignType.PROMOTION ? promotionTiers(projectId, body)
                : List.of();
        if (campaignType == CampaignType.PROMOTION && vouchersCount > 0) {
            throw invalidCampaign("PROMOTION campaigns have tiers, not vouchers; remove 'vouchers_count'");
        }
        requireValidationRules(projectId, campaignType, body.validationRules());
        if (repository.existsByProjectIdAndNameAndDeletedAtIsNull(projectId, body.name())) {
            throw ApiException.duplicate("campaign", "name", body.name());
        }
        Optional<CategoryResponse> category = categories.resolve(projectId, body.categoryId(), body.category());

        Campaign campaign = new Campaign(ResourceIds.campaign(), projectId, body.name(), campaignType, type, now());
        campaign.describe(body.description());
        campaign.referralCode(campaignType == CampaignType.REFERRAL_PROGRAM);
        campaign.joining(Boolean.TRUE.equals(body.autoJoin()), joinOnce(campaignType, type, body.joinOnce()));
        campaign.useVoucherMetadataSchema(Boolean.TRUE.equals(body.useVoucherMetadataSchema()));
        campaign.voucher(voucher);
        campaign.category(category.map(CategoryResponse::id).orElse(null));
        campaign.metadata(body.metadata());
        campaign.activityDurationAfterPublishing(body.activityDurationAfterPublishing());
        campaign.referralProgram(campaignType == CampaignType.REFERRAL_PROGRAM ? body.referralProgram() : null);
        campaign.loyaltyTiersExpiration(campaignType == CampaignType.LOYALTY_PROGRAM
                ? body.loyaltyTiersExpiration() : null);
        campaign.validity(body.startDate(), body.expirationDate(), body.validityTimeframe(),
                body.validityDayOfWeek(), body.validityHours());
        repository.saveAndFlush(campaign);
        changed(campaign, "campaign.created", body);
        assignValidationRules(projectId, body.validationRules(), "campaign", campaign.id());

        if (!newTiers.isEmpty()) {
            List<String> tierIds = tiers.create(projectId, campaign.id(), newTiers);
            for (int i = 0; i < tierIds.size(); i++) {
                assignValidationRules(projectId, body.promotion().tiers().get(i).validationRules(), "promotion_tier",
                        tierIds.get(i));
            }
        }
        int toGenerate = type == CodeGeneration.STANDALONE ? 1 : vouchersCount;
        if (toGenerate > 0) {
            vouchers.generate(campaign, toGenerate, null);
        }
        return single(campaign);
    }

    public CampaignResponse get(String projectId, String idOrName) {
        return single(find(projectId, idOrName));
    }

    /** A live campaign by id (not by name): what redemptions check a voucher's or tier's campaign against. */
    public Optional<CampaignResponse> findById(String projectId, String campaignId) {
        return repository.findByProjectIdAndIdAndDeletedAtIsNull(projectId, campaignId).map(this::single);
    }

    public ListEnvelope<CampaignResponse> list(String projectId, CampaignListQuery query) {
        Page<Campaign> page = repository.findAll(query.specification(projectId, clock.instant()), query.pageable());
        // The category name is part of every item; the full category objects only with expand=category.
        Map<String, CategoryResponse> categoryById = categories.byIds(projectId, page.getContent().stream()
                .map(Campaign::categoryId).filter(Objects::nonNull).distinct().toList());
        List<CampaignResponse> items = page.getContent().stream()
                .map(c -> response(c, c.categoryId() == null ? null : categoryById.get(c.categoryId()),
                        query.expandCategory(), false))
                .toList();
        return ListEnvelope.of("campaigns", items, page.getTotalElements());
    }

    @Transactional
    public CampaignResponse update(String projectId, String idOrName, UpdateCampaignRequest body) {
        Campaign campaign = find(projectId, idOrName);
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
        Instant startDate = firstNonNull(body.startDate(), campaign.startDate());
        Instant expirationDate = firstNonNull(body.expirationDate(), campaign.expirationDate());
        var timeframe = firstNonNull(body.validityTimeframe(), campaign.validityTimeframe());
        var daysOfWeek = firstNonNull(body.validityDayOfWeek(), campaign.validityDayOfWeek());
        var hours = firstNonNull(body.validityHours(), campaign.validityHours());
        String activity = firstNonNull(body.activityDurationAfterPublishing(), campaign.activityDurationAfterPublishing());
        requireValid(Validity.problem(startDate, expirationDate, timeframe, daysOfWeek, hours, activity));
        CampaignVoucherConfig voucher = updatedVoucher(campaign, body);
        Optional<CategoryResponse> category = categories.resolve(projectId, body.categoryId(), body.category());

        if (body.description() != null) {
            campaign.describe(body.description());
        }
        if (body.type() != null) {
            campaign.type(body.type());
        }
        campaign.joining(firstNonNull(body.autoJoin(), campaign.autoJoin()),
                joinOnce(campaign.campaignType(), campaign.type(), firstNonNull(body.joinOnce(), campaign.joinOnce())));
        campaign.validity(startDate, expirationDate, timeframe, daysOfWeek, hours);
        campaign.activityDurationAfterPublishing(activity);
        category.ifPresent(c -> campaign.category(c.id()));
        campaign.metadata(mergedMetadata(campaign.metadata(), body.metadata(), body.unsetMetadataFields()));
        campaign.voucher(voucher);
        if (body.referralProgram() != null && campaign.campaignType() == CampaignType.REFERRAL_PROGRAM) {
            campaign.referralProgram(body.referralProgram());
        }
        if (body.loyaltyTiersExpiration() != null && campaign.campaignType() == CampaignType.LOYALTY_PROGRAM) {
            campaign.loyaltyTiersExpiration(body.loyaltyTiersExpiration());
        }
        campaign.touched(now());
        repository.saveAndFlush(campaign);
        changed(campaign, "campaign.updated", body);
        vouchers.definitionChanged(campaign);
        return single(campaign);
    }

    /** Soft delete: the campaign and its vouchers disappear, and its name is free again. */
    @Transactional
    public AsyncActionResponse delete(String projectId, String idOrName) {
        Campaign campaign = find(projectId, idOrName);
        if (campaign.protectedCampaign()) {
            throw ApiException.badRequest("resource_protected", "Resource protected",
                    "Campaign " + campaign.name() + " is protected and cannot be deleted");
        }
        Instant now = now();
        campaign.delete(now);
        repository.saveAndFlush(campaign);
        changed(campaign, "campaign.deleted", null);
        vouchers.campaignDeleted(campaign);
        validationRules.deleteAssignmentsOf(projectId, campaign.id());
        tiers.campaignDeleted(projectId, campaign.id());
        return new AsyncActionResponse(ResourceIds.asyncAction());
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
    }

    /** Adds a tier to an existing PROMOTION campaign (tier-setup from a template). */
    @Transactional
    public PromotionTierResponse addPromotionTier(String projectId, String campaignId, NewPromotionTier tier) {
        Campaign campaign = find(projectId, campaignId);
        if (campaign.campaignType() != CampaignType.PROMOTION) {
            throw invalidCampaign("Promotion tiers can be added to PROMOTION campaigns only");
        }
        requireValidCampaign(tier.discount().problem());
        requireValid(Validity.problem(tier.startDate(), tier.expirationDate(), tier.validityTimeframe(),
                tier.validityDayOfWeek(), tier.validityHours(), null));
        String tierId = tiers.create(projectId, campaign.id(), List.of(tier)).get(0);
        campaign.touched(now());
        return promotionTier(projectId, tierId);
    }

    public PromotionTierResponse promotionTier(String projectId, String tierId) {
        Campaign campaign = tiers.campaignIdOf(projectId, tierId)
                .flatMap(campaignId -> repository.findByProjectIdAndIdAndDeletedAtIsNull(projectId, campaignId))
                .orElseThrow(() -> ApiException.notFound("promotion_tier", tierId));
        return tiers.list(projectId, tierCampaignRef(campaign)).stream()
                .filter(t -> t.id().equals(tierId))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("promotion_tier", tierId));
    }

    /** The campaign as a list item shows it ({@code CampaignBase}): what the summary embeds. */
    public CampaignResponse getBase(String projectId, String idOrName) {
        Campaign campaign = find(projectId, idOrName);
        CategoryResponse category = campaign.categoryId() == null ? null
                : categories.byIds(projectId, List.of(campaign.categoryId())).get(campaign.categoryId());
        return response(campaign, category, false, false);
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

    private CampaignResponse single(Campaign campaign) {
        CategoryResponse category = campaign.categoryId() == null ? null
                : categories.byIds(campaign.projectId(), List.of(campaign.categoryId())).get(campaign.categoryId());
        return response(campaign, category, true, true);
    }

    private CampaignResponse response(Campaign c, CategoryResponse category, boolean withCategories, boolean single) {
        CampaignResponse.Voucher voucher = c.voucher() == null ? null : new CampaignResponse.Voucher(
                c.voucher().type(), c.voucher().discount(), c.voucher().gift(), c.voucher().loyaltyCard(),
                c.voucher().redemption(), c.voucher().codeConfig(), c.isReferralCode(), c.startDate(),
                c.expirationDate(), c.validityTimeframe());
        CampaignResponse.Tiers promotion = single && c.campaignType() == CampaignType.PROMOTION
                ? CampaignResponse.Tiers.of(tiers.list(c.projectId(), tierCampaignRef(c)))
                : null;
        return new CampaignResponse(c.id(), c.name(), c.description(), c.campaignType(), c.type(), voucher,
                c.autoJoin(), c.joinOnce(), c.useVoucherMetadataSchema(), c.startDate(), c.expirationDate(),
                c.validityTimeframe(), c.validityDayOfWeek(), c.validityHours(), c.activityDurationAfterPublishing(),
                c.vouchersCount(), c.active(), c.metadata(), c.createdAt(), c.updatedAt(),
                category == null ? null : category.name(), c.creationStatus(), c.creationStatus(),
                c.protectedCampaign(), c.categoryId(),
                withCategories && category != null ? List.of(category) : List.of(), "campaign",
                c.referralProgram(), c.loyaltyTiersExpiration(), promotion,
                single ? validationRules.assignmentsOf(c.projectId(), "campaign", c.id()) : null);
    }

    private static PromotionTierResponse.CampaignRef tierCampaignRef(Campaign c) {
        return new PromotionTierResponse.CampaignRef(c.id(), c.startDate(), c.expirationDate(),
                c.validityTimeframe(), c.validityDayOfWeek(), c.validityHours(), c.active(), c.categoryId(),
                "campaign");
    }

    private static CampaignType campaignType(CreateCampaignRequest body) {
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
    private static CampaignVoucherConfig voucherConfig(CampaignType campaignType, CreateCampaignRequest.VoucherDefinition v) {
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
                yield new CampaignVoucherConfig(expected, v.discount().withDefaults(), null, null, redemption, codeConfig);
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

    private List<NewPromotionTier> promotionTiers(String projectId, CreateCampaignRequest body) {
        if (body.promotion() == null || body.promotion().tiers() == null || body.promotion().tiers().isEmpty()) {
            throw invalidCampaign("Property 'promotion.tiers' is required for PROMOTION campaign");
        }
        return body.promotion().tiers().stream().map(t -> {
            if (t.action() == null || t.action().discount() == null) {
                throw invalidCampaign("Property 'action.discount' is required for promotion tier " + t.name());
            }
            requireValidCampaign(t.action().discount().problem());
            requireValid(Validity.problem(t.startDate(), t.expirationDate(), t.validityTimeframe(),
                    t.validityDayOfWeek(), t.validityHours(), null));
            requireValidationRules(projectId, CampaignType.PROMOTION, t.validationRules());
            String categoryId = categories.resolve(projectId, t.categoryId(), t.category())
                    .map(CategoryResponse::id).orElse(null);
            return new NewPromotionTier(t.name(), t.banner(), t.action().discount().withDefaults(), t.metadata(),
                    t.active(), t.hierarchy(), t.startDate(), t.expirationDate(), t.validityTimeframe(),
                    t.validityDayOfWeek(), t.validityHours(), categoryId);
        }).toList();
    }

    private static CampaignVoucherConfig updatedVoucher(Campaign campaign, UpdateCampaignRequest body) {
        CampaignVoucherConfig v = campaign.voucher();
        if (v == null) {
            return null;
        }
        Discount discount = v.discount();
        Gift gift = v.gift();
        if (body.discount() != null && v.type() == VoucherType.DISCOUNT_VOUCHER) {
            requireValidCampaign(body.discount().problem());
            discount = body.discount().withDefaults();
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
    private static boolean joinOnce(CampaignType campaignType, CodeGeneration type, Boolean requested) {
        if (campaignType == CampaignType.LOYALTY_PROGRAM) {
            return true;
        }
        if (type == CodeGeneration.STANDALONE) {
            return false;
        }
        return Boolean.TRUE.equals(requested);
    }

    private static Map<String, Object> mergedMetadata(Map<String, Object> current, Map<String, Object> changes,
                                                      List<String> unset) {
        if (changes == null && (unset == null || unset.isEmpty())) {
            return current;
        }
        Map<String, Object> merged = new HashMap<>(current);
        if (changes != null) {
            merged.putAll(changes);
        }
        if (unset != null) {
            unset.forEach(merged::remove);
        }
        return merged;
    }

    /** Every referenced rule must exist (404 validation_rules); loyalty programs take none. */
    private void requireValidationRules(String projectId, CampaignType campaignType, List<String> ruleIds) {
        if (ruleIds == null || ruleIds.isEmpty()) {
            return;
        }
        if (campaignType == CampaignType.LOYALTY_PROGRAM) {
            throw invalidCampaign("LOYALTY_PROGRAM campaigns cannot have validation rules");
        }
        ruleIds.forEach(id -> validationRules.get(projectId, id));
    }

    private void assignValidationRules(String projectId, List<String> ruleIds, String type, String relatedObjectId) {
        if (ruleIds != null) {
            ruleIds.stream().distinct().forEach(id -> validationRules.assign(projectId, id, type, relatedObjectId));
        }
    }

    private static void requireValid(String problem) {
        if (problem != null) {
            throw ApiException.invalidPayload(problem);
        }
    }

    private static void requireValidCampaign(String problem) {
        if (problem != null) {
            throw invalidCampaign(problem);
        }
    }

    static ApiException invalidCampaign(String details) {
        return new ApiException(HttpStatus.BAD_REQUEST, "invalid_campaign", "Invalid campaign", details, null, null);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static <T> T firstNonNull(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
