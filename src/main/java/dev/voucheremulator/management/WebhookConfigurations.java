package dev.voucheremulator.management;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What webhook deliveries need to know about a /v1 project (named by its app id, as every /v1 row is):
 * the configurations set through the Management API, and the secret deliveries are signed with.
 * A project not created through the Management API has neither.
 */
@Service
@Transactional(readOnly = true)
public class WebhookConfigurations {

    /** One configuration: deliver {@code events} to {@code targetUrl} while {@code active}. */
    public record WebhookConfiguration(String id, String targetUrl, List<String> events, boolean active) {
    }

    private final ManagedProjectRepository projects;
    private final ManagementWebhookRepository webhooks;

    WebhookConfigurations(ManagedProjectRepository projects, ManagementWebhookRepository webhooks) {
        this.projects = projects;
        this.webhooks = webhooks;
    }

    /** Every configuration of the project, oldest first. */
    public List<WebhookConfiguration> forProject(String v1ProjectId) {
        return projects.findByAppId(v1ProjectId)
                .map(p -> webhooks.findByProjectIdOrderByCreatedAtAscIdAsc(p.id()).stream()
                        .map(w -> new WebhookConfiguration(w.id(), w.targetUrl(), w.events(), w.active()))
                        .toList())
                .orElse(List.of());
    }

    /** The project's webhook secret ({@code webhook_token} in the Management API's project). */
    public Optional<String> secret(String v1ProjectId) {
        return projects.findByAppId(v1ProjectId).map(ManagedProject::webhookToken);
    }
}
