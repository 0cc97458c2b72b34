package dev.voucheremulator.template;

import dev.voucheremulator.campaign.CampaignType;
import java.time.Instant;

/** A campaign template as other features see it: the {@code CampaignTemplate} fields, without its set-up. */
public record CampaignTemplateSummary(String id, String name, String description, CampaignType campaignType,
                                      Instant createdAt, Instant updatedAt, String object) {

    static CampaignTemplateSummary from(CampaignTemplate t) {
        return new CampaignTemplateSummary(t.id(), t.name(), t.description(), t.campaignType(), t.createdAt(),
                t.updatedAt(), "campaign_template");
    }

    static CampaignTemplateSummary from(TemplateResponses.Template t) {
        return new CampaignTemplateSummary(t.id(), t.name(), t.description(), t.campaignType(), t.createdAt(),
                t.updatedAt(), t.object());
    }
}
