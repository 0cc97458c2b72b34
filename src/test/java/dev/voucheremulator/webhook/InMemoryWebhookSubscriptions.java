package dev.voucheremulator.webhook;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The port as the tests set it up: webhooks registered in memory, and which ones were disabled. */
class InMemoryWebhookSubscriptions implements WebhookSubscriptions {

    record Webhook(String projectId, String id, String targetUrl, String secret, Set<String> events) {
    }

    private final List<Webhook> webhooks = new CopyOnWriteArrayList<>();
    private final Set<String> disabled = ConcurrentHashMap.newKeySet();

    void register(String projectId, String id, String targetUrl, String secret, String... events) {
        webhooks.add(new Webhook(projectId, id, targetUrl, secret, Set.of(events)));
    }

    boolean isDisabled(String webhookId) {
        return disabled.contains(webhookId);
    }

    @Override
    public List<Subscription> active(String projectId, String eventType) {
        return webhooks.stream()
                .filter(w -> w.projectId().equals(projectId) && w.events().contains(eventType)
                        && !disabled.contains(w.id()))
                .map(w -> new Subscription(w.id(), w.targetUrl(), w.secret()))
                .toList();
    }

    @Override
    public void disable(String projectId, String webhookId) {
        disabled.add(webhookId);
    }
}
