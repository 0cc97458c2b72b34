package dev.voucheremulator.campaign;

import static dev.voucheremulator.campaign.CampaignDefinitions.invalidCampaign;
import static dev.voucheremulator.campaign.CampaignDefinitions.requireValid;
import static dev.voucheremulator.campaign.CampaignDefinitions.requireValidCampaign;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.category.CategoryResponse;
import dev.voucheremulator.category.CategoryService;
import dev.voucheremulator.promotion.NewPromotionTier;
import dev.voucheremulator.promotion.PromotionTierResponse;
import dev.voucheremulator.promotion.PromotionTierService;
import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.spec.Validity;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The tiers of PROMOTION campaigns: checked as requested, created with their rules, read with their campaign. */
@Component
class CampaignPromotionTiers {

    private final CampaignRepository campaigns;
    private final PromotionTierService tiers;
    private final CategoryService categories;
    private final CampaignRuleAssignments rules;

    CampaignPromotionTiers(CampaignRepository campaigns, PromotionTierService tiers, CategoryService categories,
                           CampaignRuleAssignments rules) {
        this.campaigns = campaigns;
        this.tiers = tiers;
        this.categories = categories;
        this.rules = rules;
    }

    /**
     * The tiers of a create-campaign request, each checked before anything is stored. None is fine:
     * the real API creates the campaign with an empty tier list (recorded), tiers come later.
     */
    List<NewPromotionTier> requested(String projectId, CreateCampaignRequest body) {
        if (body.promotion() == null || body.promotion().tiers() == null) {
            return List.of();
        }
        return body.promotion().tiers().stream().map(t -> checked(projectId, t)).toList();
    }

    /** One requested tier, checked: its discount, validity, rules and category. */
    NewPromotionTier checked(String projectId, CreateCampaignRequest.PromotionTierRequest t) {
        if (t.action() == null || t.action().discount() == null) {
            throw invalidCampaign("Property 'action.discount' is required for promotion tier " + t.name());
        }
        requireValidCampaign(t.action().discount().problem());
        requireValid(t.validity().problem());
        rules.requireExisting(projectId, CampaignType.PROMOTION, t.validationRules());
        String categoryId = categories.resolve(projectId, t.categoryId(), t.category())
                .map(CategoryResponse::id).orElse(null);
        return new NewPromotionTier(t.name(), t.banner(), t.action().discount(), t.metadata(),
                t.active(), t.hierarchy(), t.validity(), categoryId);
    }

    /** Creates the checked tiers of a new campaign, then assigns each the rules its request named. */
    void create(String projectId, String campaignId, List<NewPromotionTier> newTiers,
                List<CreateCampaignRequest.PromotionTierRequest> requests) {
        List<String> tierIds = tiers.create(projectId, campaignId, newTiers);
        for (int i = 0; i < tierIds.size(); i++) {
            rules.assign(projectId, requests.get(i).validationRules(), "promotion_tier", tierIds.get(i));
        }
    }

    /** Adds a tier to an existing PROMOTION campaign (tier-setup from a template); returns its id. */
    String add(String projectId, Campaign campaign, NewPromotionTier tier) {
        if (campaign.campaignType() != CampaignType.PROMOTION) {
            throw invalidCampaign("Promotion tiers can be added to PROMOTION campaigns only");
        }
        requireValidCampaign(tier.discount().problem());
        requireValid(tier.validity().problem());
        return tiers.create(projectId, campaign.id(), List.of(tier)).get(0);
    }

    /**
     * list-promotion-tiers: the tiers of every live PROMOTION campaign of the project; with
     * {@code is_available} only enabled tiers within their dates, of enabled campaigns within theirs.
     */
    PromotionTierService.TierPage all(String projectId, boolean available, Instant now, Pageable pageable) {
        Map<String, PromotionTierResponse.CampaignRef> refs = new LinkedHashMap<>();
        for (Campaign c : campaigns.findByProjectIdAndCampaignTypeAndDeletedAtIsNull(projectId,
                CampaignType.PROMOTION)) {
            if (!available || c.active() && within(c.validity(), now)) {
                refs.put(c.id(), CampaignResponses.tierCampaignRef(c));
            }
        }
        return tiers.page(projectId, refs, available, now, pageable);
    }

    private static boolean within(Validity validity, Instant now) {
        return (validity.startDate() == null || !validity.startDate().isAfter(now))
                && (validity.expirationDate() == null || validity.expirationDate().isAfter(now));
    }

    /** The tiers of a live PROMOTION campaign, by its id or name. */
    List<PromotionTierResponse> list(String projectId, String campaignIdOrName) {
        Campaign campaign = promotion(projectId, campaignIdOrName);
        return tiers.list(projectId, CampaignResponses.tierCampaignRef(campaign));
    }

    /** Adds a tier to a live PROMOTION campaign (add-promotion-tier-to-campaign), with its rules. */
    @Transactional
    PromotionTierResponse add(String projectId, String campaignIdOrName,
                              CreateCampaignRequest.PromotionTierRequest request) {
        Campaign campaign = promotion(projectId, campaignIdOrName);
        NewPromotionTier tier = checked(projectId, request);
        String tierId = tiers.create(projectId, campaign.id(), List.of(tier)).get(0);
        rules.assign(projectId, request.validationRules(), "promotion_tier", tierId);
        return get(projectId, tierId);
    }

    /** Applies a partial update to a tier: each property absent keeps, null clears, a value sets. */
    @Transactional
    PromotionTierResponse update(String projectId, String tierId, UpdatePromotionTierRequest body) {
        PromotionTierResponse current = get(projectId, tierId);
        Discount discount = body.action() != null && body.action().discount() != null ? body.action().discount()
                : current.action() == null ? null : current.action().discount();
        if (discount != null) {
            requireValidCampaign(discount.problem());
        }
        Validity validity = body.validity(current.validity());
        requireValid(validity.problem());
        String categoryId = body.clearsCategory() ? null : current.categoryId();
        if (body.categoryId().hasValue() || body.category().hasValue()) {
            categoryId = categories.resolve(projectId, body.categoryId().value(), body.category().value())
                    .map(CategoryResponse::id).orElse(categoryId);
        }
        tiers.redefine(projectId, tierId, new NewPromotionTier(body.name() != null ? body.name() : current.name(),
                body.banner().orElse(current.banner()), discount, body.metadata().orElse(current.metadata()),
                null, body.hierarchy(), validity, categoryId));
        return get(projectId, tierId);
    }

    @Transactional
    PromotionTierResponse enable(String projectId, String tierId, boolean active) {
        get(projectId, tierId);
        tiers.enable(projectId, tierId, active);
        return get(projectId, tierId);
    }

    @Transactional
    void delete(String projectId, String tierId) {
        get(projectId, tierId);
        tiers.delete(projectId, tierId);
    }

    private Campaign promotion(String projectId, String campaignIdOrName) {
        Campaign campaign = campaigns.findLive(projectId, campaignIdOrName)
                .orElseThrow(() -> ApiException.notFound("campaign", campaignIdOrName));
        if (campaign.campaignType() != CampaignType.PROMOTION) {
            throw invalidCampaign("Promotion tiers belong to PROMOTION campaigns only");
        }
        return campaign;
    }

    /** A tier of a live campaign, as that campaign lists it. */
    PromotionTierResponse get(String projectId, String tierId) {
        Campaign campaign = tiers.campaignIdOf(projectId, tierId)
                .flatMap(campaignId -> campaigns.findByProjectIdAndIdAndDeletedAtIsNull(projectId, campaignId))
                .orElseThrow(() -> ApiException.notFound("promotion_tier", tierId));
        return tiers.list(projectId, CampaignResponses.tierCampaignRef(campaign)).stream()
                .filter(t -> t.id().equals(tierId))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("promotion_tier", tierId));
    }
}
