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
import java.util.List;
import org.springframework.stereotype.Component;

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

    /** The tiers of a create-campaign request, each checked before anything is stored. */
    List<NewPromotionTier> requested(String projectId, CreateCampaignRequest body) {
        if (body.promotion() == null || body.promotion().tiers() == null || body.promotion().tiers().isEmpty()) {
            throw invalidCampaign("Property 'promotion.tiers' is required for PROMOTION campaign");
        }
        return body.promotion().tiers().stream().map(t -> {
            if (t.action() == null || t.action().discount() == null) {
                throw invalidCampaign("Property 'action.discount' is required for promotion tier " + t.name());
            }
            requireValidCampaign(t.action().discount().problem());
            requireValid(t.validity().problem());
            rules.requireExisting(projectId, CampaignType.PROMOTION, t.validationRules());
            String categoryId = categories.resolve(projectId, t.categoryId(), t.category())
                    .map(CategoryResponse::id).orElse(null);
            return new NewPromotionTier(t.name(), t.banner(), t.action().discount().withDefaults(), t.metadata(),
                    t.active(), t.hierarchy(), t.validity(), categoryId);
        }).toList();
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
