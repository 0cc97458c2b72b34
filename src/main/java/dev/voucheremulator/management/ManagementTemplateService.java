package dev.voucheremulator.management;

import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.api.query.QueryString;
import dev.voucheremulator.template.CampaignTemplateSummary;
import dev.voucheremulator.template.ProjectTemplates;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The campaign templates of a project's /v1 side (its app id), listed and copied between projects. */
@Service
@Transactional(readOnly = true)
class ManagementTemplateService {

    /** {@code ManagementProjectsTemplatesCampaignsCopyCreateRequestBody}. */
    record CopyTemplate(@NotBlank @Size(max = 255) String name, @Size(max = 1000) String description,
                        @NotBlank @Size(max = 255) String destinationProjectId) {
    }

    private final ManagedProjects projects;
    private final ProjectTemplates templates;

    ManagementTemplateService(ManagedProjects projects, ProjectTemplates templates) {
        this.projects = projects;
        this.templates = templates;
    }

    ListEnvelope<CampaignTemplateSummary> list(String accountId, String projectId, QueryString query) {
        return templates.list(projects.require(accountId, projectId).appId(), query);
    }

    @Transactional
    CampaignTemplateSummary copy(String accountId, String projectId, String templateId, CopyTemplate body) {
        ManagedProject source = projects.require(accountId, projectId);
        ManagedProject destination = projects.require(accountId, body.destinationProjectId());
        return templates.copy(source.appId(), templateId, destination.appId(), body.name(), body.description());
    }
}
