package dev.voucheremulator.template;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.ids.ResourceIds;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.api.query.QueryString;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaign templates seen from outside one project, for the Management API: a project's list (the same
 * query as /v1/templates/campaigns) and copying a template into another project.
 */
@Service
@Transactional(readOnly = true)
public class ProjectTemplates {

    private final CampaignTemplateService templates;
    private final CampaignTemplateRepository repository;
    private final Clock clock;

    ProjectTemplates(CampaignTemplateService templates, CampaignTemplateRepository repository, Clock clock) {
        this.templates = templates;
        this.repository = repository;
        this.clock = clock;
    }

    /** The query's limit, order, starting_after_id, include_total and filters as on /v1; 400 when malformed. */
    public ListEnvelope<CampaignTemplateSummary> list(String projectId, QueryString query) {
        ListEnvelope<TemplateResponses.Template> page = templates.list(projectId, TemplateListQuery.from(query));
        return new ListEnvelope<>(page.dataRef(), page.data().stream().map(CampaignTemplateSummary::from).toList(),
                page.total(), page.hasMore(), page.moreStartingAfter());
    }

    /**
     * A copy of the template, under a new id and name, in the destination project (which must exist). The
     * copy carries the campaign set-up but not the source's validation rule: rules belong to their project.
     */
    @Transactional
    public CampaignTemplateSummary copy(String projectId, String templateId, String destinationProjectId,
                                        String name, String description) {
        CampaignTemplate source = repository.findByProjectIdAndId(projectId, templateId)
                .orElseThrow(() -> ApiException.notFound("campaign_template", templateId));
        if (repository.existsByProjectIdAndName(destinationProjectId, name)) {
            throw ApiException.duplicate("campaign_template", "name", name);
        }
        CampaignTemplate copy = new CampaignTemplate(ResourceIds.campaignTemplate(), destinationProjectId, name,
                description != null ? description : source.description(), source.definition(), null,
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        repository.saveAndFlush(copy);
        return CampaignTemplateSummary.from(copy);
    }
}
