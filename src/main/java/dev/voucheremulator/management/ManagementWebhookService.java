package dev.voucheremulator.management;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.management.WebhookBodies.WebhookRequest;
import dev.voucheremulator.management.WebhookBodies.WebhookResponse;
import dev.voucheremulator.webhook.WebhookSubscriptionsChanged;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Webhook configurations of a project. Deliveries read them through {@link ManagementWebhookSubscriptions};
 * every change tells them to drop what they cached for the project.
 */
@Service
@Transactional(readOnly = true)
class ManagementWebhookService {

    private final ManagedProjects projects;
    private final ManagementWebhookRepository repository;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ManagementWebhookService(ManagedProjects projects, ManagementWebhookRepository repository, Clock clock,
                             ApplicationEventPublisher events) {
        this.projects = projects;
        this.repository = repository;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    WebhookResponse create(String accountId, String projectId, WebhookRequest body) {
        ManagedProject project = projects.require(accountId, projectId);
        requireKnownEvents(body.events());
        ManagementWebhook webhook = new ManagementWebhook(project.id(), body.targetUrl(), body.events(),
                body.active() == null || body.active(), clock.instant());
        WebhookResponse created = WebhookResponse.from(repository.saveAndFlush(webhook));
        events.publishEvent(new WebhookSubscriptionsChanged(project.appId()));
        return created;
    }

    ListEnvelope<WebhookResponse> list(String accountId, String projectId) {
        ManagedProject project = projects.require(accountId, projectId);
        return ListEnvelope.of(repository.findByProjectIdOrderByCreatedAtAscIdAsc(project.id()).stream()
                .map(WebhookResponse::from)
                .toList());
    }

    WebhookResponse get(String accountId, String projectId, String webhookId) {
        return WebhookResponse.from(find(accountId, projectId, webhookId));
    }

    /** The body replaces the configuration; {@code active} left out keeps its value. */
    @Transactional
    WebhookResponse update(String accountId, String projectId, String webhookId, WebhookRequest body) {
        requireKnownEvents(body.events());
        ManagementWebhook webhook = find(accountId, projectId, webhookId);
        webhook.update(body.targetUrl(), body.events(), body.active() == null ? webhook.active() : body.active(),
                clock.instant());
        WebhookResponse updated = WebhookResponse.from(repository.saveAndFlush(webhook));
        events.publishEvent(new WebhookSubscriptionsChanged(projects.require(accountId, projectId).appId()));
        return updated;
    }

    @Transactional
    void delete(String accountId, String projectId, String webhookId) {
        repository.delete(find(accountId, projectId, webhookId));
        repository.flush();
        events.publishEvent(new WebhookSubscriptionsChanged(projects.require(accountId, projectId).appId()));
    }

    private ManagementWebhook find(String accountId, String projectId, String webhookId) {
        ManagedProject project = projects.require(accountId, projectId);
        return repository.findByProjectIdAndId(project.id(), webhookId)
                .orElseThrow(() -> ApiException.notFound("webhook", webhookId));
    }

    private static void requireKnownEvents(List<String> events) {
        for (String event : events) {
            if (!WebhookEvents.ALL.contains(event)) {
                throw ApiException.invalidPayload("Unknown webhook event '" + event + "'");
            }
        }
    }
}
