package dev.voucheremulator.campaign;

import dev.voucheremulator.category.CategoryResponse;
import dev.voucheremulator.category.CategoryService;
import dev.voucheremulator.promotion.PromotionTierResponse;
import dev.voucheremulator.promotion.PromotionTierService;
import dev.voucheremulator.validationrule.ValidationRuleService;
import dev.voucheremulator.validationrule.ValidationRulesAssignmentList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * A campaign as the API shows it: the single resource ({@code Campaign}, with its tiers and rule
 * assignments) or a list item ({@code CampaignBase}).
 */
@Component
class CampaignResponses {

    private final CategoryService categories;
    private final PromotionTierService tiers;
    private final ValidationRuleService validationRules;

    CampaignResponses(CategoryService categories, PromotionTierService tiers, ValidationRuleService validationRules) {
        this.categories = categories;
        this.tiers = tiers;
        this.validationRules = validationRules;
    }

    CampaignResponse single(Campaign campaign) {
        return response(campaign, category(campaign), true, true);
    }

    /** The campaign as a list item shows it: what the summary embeds. */
    CampaignResponse base(Campaign campaign) {
        return response(campaign, category(campaign), false, false);
    }

    /** List items: the category name is part of every item, the full category objects only with expand=category. */
    List<CampaignResponse> listItems(String projectId, List<Campaign> campaigns, boolean expandCategory) {
        Map<String, CategoryResponse> categoryById = categories.byIds(projectId, campaigns.stream()
                .map(Campaign::categoryId).filter(Objects::nonNull).distinct().toList());
        return campaigns.stream()
                .map(c -> response(c, c.categoryId() == null ? null : categoryById.get(c.categoryId()),
                        expandCategory, false))
                .toList();
    }

    /** The parent campaign's validity, as each of its tiers carries it. */
    static PromotionTierResponse.CampaignRef tierCampaignRef(Campaign c) {
        return new PromotionTierResponse.CampaignRef(c.id(), c.validity(), c.active(), c.categoryId(), "campaign");
    }

    /** Recorded: a PROMOTION campaign without rules answers no {@code validation_rules_assignments}. */
    private ValidationRulesAssignmentList rules(Campaign c, boolean isPromotion) {
        ValidationRulesAssignmentList rules = validationRules.assignmentsOf(c.projectId(), "campaign", c.id());
        return isPromotion && rules.total() == 0 ? null : rules;
    }

    private CategoryResponse category(Campaign campaign) {
        return campaign.categoryId() == null ? null
                : categories.byIds(campaign.projectId(), List.of(campaign.categoryId())).get(campaign.categoryId());
    }

    private CampaignResponse response(Campaign c, CategoryResponse category, boolean withCategories, boolean single) {
        CampaignResponse.Voucher voucher = c.voucher() == null ? null : new CampaignResponse.Voucher(
                c.voucher().type(), c.voucher().discount(), c.voucher().gift(), c.voucher().loyaltyCard(),
                c.voucher().redemption(), c.voucher().codeConfig(), c.isReferralCode(), c.validity().startDate(),
                c.validity().expirationDate(), c.validity().validityTimeframe());
        CampaignResponse.Tiers promotion = single && c.campaignType() == CampaignType.PROMOTION
                ? CampaignResponse.Tiers.of(tiers.list(c.projectId(), tierCampaignRef(c)))
                : null;
        boolean isPromotion = c.campaignType() == CampaignType.PROMOTION;
        return new CampaignResponse(c.id(), c.name(), c.description(), c.campaignType(), c.type(), voucher,
                c.autoJoin(), c.joinOnce(), c.useVoucherMetadataSchema(), c.validity(), c.activityDurationAfterPublishing(),
                isPromotion ? null : c.vouchersCount(), c.active(), c.metadata(), c.createdAt(), c.updatedAt(),
                category == null ? null : category.name(), c.creationStatus(), c.creationStatus(),
                c.protectedCampaign(), c.categoryId(),
                withCategories && category != null ? List.of(category) : List.of(), "campaign",
                c.referralProgram(), c.loyaltyTiersExpiration(), promotion,
                single ? rules(c, isPromotion) : null,
                single ? CampaignResponse.AccessSettingsAssignments.NONE : null);
    }
}
