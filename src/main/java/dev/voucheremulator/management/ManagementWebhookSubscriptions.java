package dev.voucheremulator.management;

import dev.voucheremulator.webhook.WebhookSubscriptions;
import dev.voucheremulator.webhook.WebhookSubscriptionsChanged;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The webhooks a /v1 project's deliveries go to: its Management API configurations, signed with the
 * project's {@code webhook_token}. A project made without the Management API has none.
 */
@Component
class ManagementWebhookSubscriptions implements WebhookSubscriptions {

    private final ManagedProjectRepository projects;
    private final ManagementWebhookRepository webhooks;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ManagementWebhookSubscriptions(ManagedProjectRepository projects, ManagementWebhookRepository webhooks,
                                   Clock clock, ApplicationEventPublisher events) {
        this.projects = projects;
        this.webhooks = webhooks;
        this.clock = clock;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Subscription> active(String projectId, String eventType) {
        return projects.findByAppId(projectId)
                .map(project -> webhooks.findByProjectIdOrderByCreatedAtAscIdAsc(project.id()).stream()
                        .filter(webhook -> webhook.active() && takes(webhook.events(), eventType))
                        .map(webhook -> new Subscription(webhook.id(), webhook.targetUrl(), project.webhookToken()))
                        .toList())
                .orElse(List.of());
    }

    @Override
    @Transactional
    public void disable(String projectId, String webhookId) {
        projects.findByAppId(projectId)
                .flatMap(project -> webhooks.findByProjectIdAndId(project.id(), webhookId))
                .ifPresent(webhook -> {
                    webhook.update(webhook.targetUrl(), webhook.events(), false, clock.instant());
                    events.publishEvent(new WebhookSubscriptionsChanged(projectId));
                });
    }

    /** The contract's event enum spells four types "...aded"; a configuration may list either spelling. */
    private static boolean takes(List<String> events, String eventType) {
        return events.contains(eventType) || events.contains(eventType.replace("added", "aded"));
    }
}
