package dev.voucheremulator.management;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.project.ProjectService;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects of a management account. Creating one issues its app keys, which the {@code project} feature
 * learns so that they reach the project on /v1 in either auth mode; deleting one revokes them.
 */
@Service
@Transactional(readOnly = true)
class ManagementProjectService {

    private final ManagedProjectRepository repository;
    private final ManagedProjects projects;
    private final ManagementUserService users;
    private final ProjectService directory;
    private final Clock clock;

    ManagementProjectService(ManagedProjectRepository repository, ManagedProjects projects,
                             ManagementUserService users,
                             ProjectService directory, Clock clock) {
        this.repository = repository;
        this.projects = projects;
        this.users = users;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional
    ProjectResponse create(String accountId, ProjectRequests.CreateProject body) {
        requireTimezone(body.timezone());
        requireCurrency(body.currency());
        ManagedProject project = new ManagedProject(ManagementIds.project(), accountId, ProjectSettings.of(body),
                clock.instant());
        repository.saveAndFlush(project);
        users.assignToNewProject(accountId, project.id(), body.users());
        directory.issueKey(project.appId(), project.appToken());
        return ProjectResponse.withKeys(project);
    }

    ListEnvelope<ProjectResponse> list(String accountId) {
        return ListEnvelope.of(repository.findByAccountIdOrderByCreatedAtAscIdAsc(accountId).stream()
                .map(ProjectResponse::from)
                .toList());
    }

    ProjectResponse get(String accountId, String projectId) {
        return ProjectResponse.from(projects.require(accountId, projectId));
    }

    @Transactional
    ProjectResponse update(String accountId, String projectId, ProjectRequests.UpdateProject body) {
        ManagedProject project = projects.require(accountId, projectId);
        if (body.timezone() != null) {
            requireTimezone(body.timezone());
        }
        if (body.currency() != null) {
            requireCurrency(body.currency());
        }
        project.update(project.settings().with(body), clock.instant());
        return ProjectResponse.from(repository.saveAndFlush(project));
    }

    /** The project's settings, users' roles and webhooks go (the tables cascade); its /v1 data stays, out of reach of any key. */
    @Transactional
    void delete(String accountId, String projectId) {
        ManagedProject project = projects.require(accountId, projectId);
        users.forgetProject(accountId, project.id());
        repository.delete(project);
        repository.flush();
        directory.revokeKey(project.appId());
    }

    private static void requireTimezone(String timezone) {
        try {
            ZoneId.of(timezone);
        } catch (DateTimeException e) {
            throw ApiException.invalidPayload("Unknown timezone '" + timezone + "'; use an IANA name such as Europe/Warsaw");
        }
    }

    private static void requireCurrency(String currency) {
        try {
            if (!currency.equals(Currency.getInstance(currency).getCurrencyCode())) {
                throw new IllegalArgumentException(currency);
            }
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidPayload("Unknown currency '" + currency + "'; use an ISO 4217 code such as EUR");
        }
    }
}
