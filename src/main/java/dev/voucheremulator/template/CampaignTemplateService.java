package dev.voucheremulator.template;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.ids.ResourceIds;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.campaign.CampaignResponse;
import dev.voucheremulator.campaign.CampaignService;
import dev.voucheremulator.campaign.CampaignType;
import dev.voucheremulator.campaign.CodeGeneration;
import dev.voucheremulator.campaign.CreateCampaignRequest;
import dev.voucheremulator.promotion.NewPromotionTier;
import dev.voucheremulator.promotion.PromotionTierResponse;
import dev.voucheremulator.spec.RedemptionLimit;
import dev.voucheremulator.spec.VoucherType;
import dev.voucheremulator.template.TemplateResponses.CreatedResource;
import dev.voucheremulator.validationrule.ValidationRuleService;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@Service
@Transactional(readOnly = true)
public class CampaignTemplateService {

    private final CampaignTemplateRepository repository;
    private final CampaignService campaigns;
    private final ValidationRuleService validationRules;
    private final JsonMapper json;
    private final Clock clock;

    CampaignTemplateService(CampaignTemplateRepository repository, CampaignService campaigns,
                            ValidationRuleService validationRules, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.campaigns = campaigns;
        this.validationRules = validationRules;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    TemplateResponses.Template create(String projectId, TemplateRequests.CreateTemplate body) {
        boolean fromCampaign = hasText(body.campaignId());
        boolean fromTier = hasText(body.promotionTierId());
        if (fromCampaign == fromTier) {
            throw ApiException.invalidPayload("Payload should have exactly one of 'campaign_id' and 'promotion_tier_id'");
        }
        if (repository.existsByProjectIdAndName(projectId, body.name())) {
            throw ApiException.duplicate("campaign_template", "name", body.name());
        }
        Source source = fromCampaign ? fromCampaign(projectId, body.campaignId())
                : fromPromotionTier(projectId, body.promotionTierId());
        CampaignTemplate template = new CampaignTemplate(ResourceIds.campaignTemplate(), projectId, body.name(),
                body.description(), source.definition(), source.validationRuleId(), now());
        repository.saveAndFlush(template);
        return TemplateResponses.Template.from(template, false);
    }

    TemplateResponses.Template get(String projectId, String templateId, boolean withDefinition) {
        return TemplateResponses.Template.from(find(projectId, templateId), withDefinition);
    }

    // data_ref is "data", as the schema's enum says; the official example says "campaign_templates".
    ListEnvelope<TemplateResponses.Template> list(String projectId, TemplateListQuery query) {
        // Templates are few per project: cursor paging in memory keeps this simple.
        List<CampaignTemplate> matching = new ArrayList<>(repository.findAll(query.specification(projectId),
                TemplateListQuery.byId()));
        if (query.descending()) {
            java.util.Collections.reverse(matching);
        }
        if (query.startingAfterId() != null) {
            int at = indexOf(matching, query.startingAfterId());
            matching = at < 0 ? List.of() : matching.subList(at + 1, matching.size());
        }
        List<CampaignTemplate> page = matching.subList(0, Math.min(query.limit(), matching.size()));
        boolean hasMore = matching.size() > page.size();
        return ListEnvelope.cursor(page.stream().map(t -> TemplateResponses.Template.from(t, false)).toList(),
                query.includeTotal() ? repository.countByProjectId(projectId) : null, hasMore,
                hasMore ? page.get(page.size() - 1).id() : null);
    }

    @Transactional
    TemplateResponses.Template update(String projectId, String templateId, TemplateRequests.UpdateTemplate body) {
        CampaignTemplate template = find(projectId, templateId);
        String name = body.name().hasValue() ? body.name().value() : template.name();
        if (name.isBlank()) {
            throw ApiException.invalidPayload("Payload should have required property 'name'");
        }
        if (name.length() > 200) {
            throw ApiException.invalidPayload("Property 'name' size must be between 0 and 200");
        }
        if (!template.name().equals(name) && repository.existsByProjectIdAndName(projectId, name)) {
            throw ApiException.duplicate("campaign_template", "name", name);
        }
        template.rename(name, body.description().orElse(template.description()), now());
        repository.saveAndFlush(template);
        return TemplateResponses.Template.from(template, false);
    }

    @Transactional
    void delete(String projectId, String templateId) {
        repository.delete(find(projectId, templateId));
    }

    /**
     * A new campaign from the template: sent fields replace the template's, the rest is copied. A
     * template with a validation rule always gives the campaign a new copy of that rule.
     */
    @Transactional
    TemplateResponses.CampaignSetup setupCampaign(String projectId, String templateId,
                                                  TemplateRequests.CampaignSetup body) {
        if (body.validationRules() != null) {
            throw ApiException.invalidPayload("Property 'validation_rules' is not allowed: a campaign made from "
                    + "a template gets a copy of the template's validation rule");
        }
        CampaignTemplate template = find(projectId, templateId);
        TemplateDefinition d = template.definition();
        CreateCampaignRequest.VoucherDefinition v = d.voucher();
        CreateCampaignRequest.VoucherDefinition voucher = new CreateCampaignRequest.VoucherDefinition(v.type(),
                v.discount(), v.gift(), v.loyaltyCard(),
                body.voucher() != null && body.voucher().redemption() != null ? body.voucher().redemption() : v.redemption(),
                body.voucher() != null && body.voucher().codeConfig() != null ? body.voucher().codeConfig() : v.codeConfig(),
                v.isReferralCode());
        CreateCampaignRequest request = new CreateCampaignRequest(body.name(),
                or(body.description(), d.description()), d.campaignType(), or(body.type(), d.type()),
                or(body.joinOnce(), d.joinOnce()), or(body.autoJoin(), d.autoJoin()),
                or(body.useVoucherMetadataSchema(), d.useVoucherMetadataSchema()), body.vouchersCount(),
                body.validity().orElse(d.validity()),
                or(body.activityDurationAfterPublishing(), d.activityDurationAfterPublishing()),
                body.categoryId(), body.category(), or(body.metadata(), d.metadata()), null, voucher, null, null, null);
        CampaignResponse created = campaigns.create(projectId, request);

        List<CreatedResource> createdResources = new ArrayList<>();
        if (template.validationRuleId() != null) {
            String ruleId = validationRules.copy(projectId, template.validationRuleId()).id();
            validationRules.assign(projectId, ruleId, "campaign", created.id());
            createdResources.add(CreatedResource.validationRule(ruleId));
        }
        CampaignResponse campaign = campaigns.get(projectId, created.id());
        return new TemplateResponses.CampaignSetup(createdResources, asSetupCampaign(campaign), "campaign_setup");
    }

    /** A new tier of an existing promotion campaign, with the discount of a discount template. */
    @Transactional
    TemplateResponses.TierSetup setupTier(String projectId, String templateId, TemplateRequests.TierSetup body) {
        if (body.validationRules() != null) {
            throw ApiException.invalidPayload("Property 'validation_rules' is not allowed: a tier made from "
                    + "a template gets a copy of the template's validation rule");
        }
        CampaignTemplate template = find(projectId, templateId);
        if (template.campaignType() != CampaignType.DISCOUNT_COUPONS) {
            throw unsupported("Only DISCOUNT_COUPONS templates can set up promotion tiers");
        }
        PromotionTierResponse tier = campaigns.addPromotionTier(projectId, body.campaignId(), new NewPromotionTier(
                body.name(), body.banner(), template.definition().voucher().discount(), body.metadata(),
                body.active(), body.hierarchy(), body.validity(), null));
        List<CreatedResource> createdResources = new ArrayList<>();
        if (template.validationRuleId() != null) {
            String ruleId = validationRules.copy(projectId, template.validationRuleId()).id();
            validationRules.assign(projectId, ruleId, "promotion_tier", tier.id());
            createdResources.add(CreatedResource.validationRule(ruleId));
            tier = campaigns.promotionTier(projectId, tier.id());
        }
        return new TemplateResponses.TierSetup(createdResources, tier, campaigns.get(projectId, tier.campaignId()),
                "promotion_tier_setup");
    }

    /**
     * The setup's campaign as the official example shows it: the campaign plus flattened views of
     * its voucher definition ({@code voucher_type}, {@code discount}, {@code voucher_code_config},
     * ...), all derived from {@code voucher} so they never disagree. The example's second code
     * config (prefix "Your-") contradicts its own {@code voucher.code_config}; we keep one truth.
     */
    private JsonNode asSetupCampaign(CampaignResponse campaign) {
        ObjectNode node = (ObjectNode) json.valueToTree(campaign);
        CampaignResponse.Voucher v = campaign.voucher();
        node.put("is_referral_code", v != null && v.isReferralCode());
        node.put("deleted", false);
        node.putNull("deleted_at");
        node.put("voucher_type", v == null ? null : v.type().name());
        node.set("discount", v == null ? null : json.valueToTree(v.discount()));
        node.set("gift", v == null ? null : json.valueToTree(v.gift()));
        node.set("loyalty_card", v == null ? null : json.valueToTree(v.loyaltyCard()));
        node.set("voucher_code_config", v == null ? null : json.valueToTree(v.codeConfig()));
        node.set("default_voucher_redemption", v == null ? null : json.valueToTree(v.redemption()));
        for (String field : List.of("description", "start_date", "expiration_date", "validity_timeframe",
                "validity_hours", "validity_day_of_week", "activity_duration_after_publishing", "updated_at",
                "category")) {
            if (!node.has(field)) {
                node.putNull(field); // the example lists unset fields as null
            }
        }
        return node;
    }

    private Source fromCampaign(String projectId, String campaignId) {
        CampaignResponse c = campaigns.get(projectId, campaignId);
        if (c.campaignType() != CampaignType.DISCOUNT_COUPONS && c.campaignType() != CampaignType.GIFT_VOUCHERS) {
            throw unsupported("Campaign type " + c.campaignType() + " is not supported by campaign templates");
        }
        CampaignResponse.Voucher v = c.voucher();
        TemplateDefinition definition = new TemplateDefinition(c.campaignType(), c.type(), c.description(),
                c.joinOnce(), c.autoJoin(), c.useVoucherMetadataSchema(), c.validity(), c.activityDurationAfterPublishing(),
                // a template always carries metadata; a campaign created without any has null
                c.metadata() == null ? Map.of() : c.metadata(), new CreateCampaignRequest.VoucherDefinition(v.type(), v.discount(), v.gift(),
                        v.loyaltyCard(), v.redemption(), v.codeConfig(), null));
        return new Source(definition, firstRule(projectId, "campaign", c.id()));
    }

    // Templates made from a promotion tier become DISCOUNT_COUPONS campaigns with the tier's discount.
    private Source fromPromotionTier(String projectId, String tierId) {
        PromotionTierResponse t = campaigns.promotionTier(projectId, tierId);
        TemplateDefinition definition = new TemplateDefinition(CampaignType.DISCOUNT_COUPONS, CodeGeneration.AUTO_UPDATE,
                null, false, false, false, t.validity(), null, t.metadata(),
                new CreateCampaignRequest.VoucherDefinition(VoucherType.DISCOUNT_VOUCHER, t.action().discount(), null,
                        null, RedemptionLimit.UNLIMITED, null, null));
        return new Source(definition, firstRule(projectId, "promotion_tier", t.id()));
    }

    private String firstRule(String projectId, String relatedObjectType, String relatedObjectId) {
        return validationRules.assignmentsOf(projectId, relatedObjectType, relatedObjectId).data().stream()
                .findFirst()
                .map(a -> a.ruleId())
                .orElse(null);
    }

    private CampaignTemplate find(String projectId, String templateId) {
        return repository.findByProjectIdAndId(projectId, templateId)
                .orElseThrow(() -> ApiException.notFound("campaign_template", templateId));
    }

    private static int indexOf(List<CampaignTemplate> templates, String id) {
        for (int i = 0; i < templates.size(); i++) {
            if (templates.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static ApiException unsupported(String details) {
        return new ApiException(HttpStatus.BAD_REQUEST, "campaign_type_is_not_supported_by_campaign_template",
                "Campaign type is not supported by campaign template", details, null, null);
    }

    private record Source(TemplateDefinition definition, String validationRuleId) {
    }

    private static <T> T or(T value, T fallback) {
        return Optional.ofNullable(value).orElse(fallback);
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
