package dev.voucheremulator.template;

import dev.voucheremulator.campaign.CampaignResponse;
import dev.voucheremulator.campaign.CampaignType;
import dev.voucheremulator.promotion.PromotionTierResponse;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Response bodies of the campaign-template operations. */
final class TemplateResponses {

    private TemplateResponses() {
    }

    /** {@code CampaignTemplate}; {@code json_template} only with {@code expand=json_template}. */
    record Template(String id, String name, String description, CampaignType campaignType, Instant createdAt,
                    Instant updatedAt, String object, TemplateDefinition jsonTemplate) {

        static Template from(CampaignTemplate t, boolean withDefinition) {
            return new Template(t.id(), t.name(), t.description(), t.campaignType(), t.createdAt(), t.updatedAt(),
                    "campaign_template", withDefinition ? t.definition() : null);
        }
    }

    record CreatedResource(String id, String object) {

        static CreatedResource validationRule(String id) {
            return new CreatedResource(id, "validation_rules");
        }
    }

    /** {@code campaign_setup}; the campaign is a tree, with the extra fields of the official example. */
    record CampaignSetup(List<CreatedResource> createdResources, JsonNode campaign, String object) {
    }

    /**
     * {@code promotion_tier_setup}. The spec's schema requires a {@code campaign} property it does not
     * declare (a copy of the campaign-setup schema); we follow the schema and add the promotion
     * campaign the tier joined, as it stands after the set-up.
     */
    record TierSetup(List<CreatedResource> createdResources, PromotionTierResponse promotionTier,
                     CampaignResponse campaign, String object) {
    }
}
