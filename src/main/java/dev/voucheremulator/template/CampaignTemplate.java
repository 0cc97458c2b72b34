package dev.voucheremulator.template;

import dev.voucheremulator.campaign.CampaignType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "campaign_template")
class CampaignTemplate {

    @Id
    private String id;
    private String projectId;
    private String name;
    private String description;
    @Enumerated(EnumType.STRING)
    private CampaignType campaignType;
    @JdbcTypeCode(SqlTypes.JSON)
    private TemplateDefinition definition;
    private String validationRuleId;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected CampaignTemplate() {
    }

    CampaignTemplate(String id, String projectId, String name, String description, TemplateDefinition definition,
                     String validationRuleId, Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.name = name;
        this.description = description;
        this.campaignType = definition.campaignType();
        this.definition = definition;
        this.validationRuleId = validationRuleId;
        this.createdAt = createdAt;
    }

    String id() { return id; }
    String name() { return name; }
    String description() { return description; }
    CampaignType campaignType() { return campaignType; }
    TemplateDefinition definition() { return definition; }
    String validationRuleId() { return validationRuleId; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }

    void rename(String name, String description, Instant at) {
        this.name = name;
        this.description = description;
        this.updatedAt = at;
    }
}
