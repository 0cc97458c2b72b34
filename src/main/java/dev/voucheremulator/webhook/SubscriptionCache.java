package dev.voucheremulator.webhook;

import dev.voucheremulator.webhook.WebhookSubscriptions.Subscription;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Remembers the port's answers per project and event type for {@code emulator.webhooks.subscription-cache}:
 * a redemption or validation of a project without webhooks then costs no SQL statement. The price is
 * that a webhook created or changed elsewhere takes up to that long to take effect, unless its owner
 * publishes {@link WebhookSubscriptionsChanged}. Measured on the system's monotonic clock, not the
 * application clock, which tests stop and move.
 */
@Component
class SubscriptionCache {

    private record Entry(List<Subscription> subscriptions, long expiresAt) {
    }

    private final WebhookSubscriptions port;
    private final long ttlNanos;
    private final Map<String, Map<String, Entry>> byProject = new ConcurrentHashMap<>();

    SubscriptionCache(WebhookSubscriptions port, WebhookProperties properties) {
        this.port = port;
        this.ttlNanos = properties.subscriptionCache().toNanos();
    }

    List<Subscription> active(String projectId, String eventType) {
        if (ttlNanos <= 0) {
            return port.active(projectId, eventType);
        }
        long now = System.nanoTime();
        Map<String, Entry> ofProject = byProject.computeIfAbsent(projectId, p -> new ConcurrentHashMap<>());
        Entry entry = ofProject.get(eventType);
        if (entry == null || now - entry.expiresAt() > 0) {
            entry = new Entry(List.copyOf(port.active(projectId, eventType)), now + ttlNanos);
            ofProject.put(eventType, entry);
        }
        return entry.subscriptions();
    }

    @EventListener
    void changed(WebhookSubscriptionsChanged event) {
        byProject.remove(event.projectId());
    }

    void forget(String projectId) {
        byProject.remove(projectId);
    }
}
