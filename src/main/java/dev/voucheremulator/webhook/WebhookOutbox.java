package dev.voucheremulator.webhook;

import dev.voucheremulator.api.db.AfterCommit;
import dev.voucheremulator.webhook.WebhookSubscriptions.Subscription;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one change into deliveries: one row per subscribed webhook, in the caller's transaction (so a
 * rolled-back change sends nothing and a committed one is never lost), handed to the dispatcher once
 * that transaction commits. A project without subscriptions costs a cache lookup and nothing else.
 */
@Component
class WebhookOutbox {

    private static final String GROUP_ATTRIBUTE = WebhookOutbox.class.getName() + ".group";

    private final SubscriptionCache subscriptions;
    private final DeliveryStore store;
    private final WebhookDispatcher dispatcher;
    private final JsonMapper json;
    private final Clock clock;

    WebhookOutbox(SubscriptionCache subscriptions, DeliveryStore store, WebhookDispatcher dispatcher, JsonMapper json,
                  Clock clock) {
        this.subscriptions = subscriptions;
        this.store = store;
        this.dispatcher = dispatcher;
        this.json = json;
        this.clock = clock;
    }

    /** {@code data} is the event's {@code data} object: records and maps, written as the API writes them. */
    void announce(String projectId, String type, String entityId, Map<String, Object> data) {
        List<Subscription> targets = subscriptions.active(projectId, type);
        if (targets.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        JsonNode dataNode = json.valueToTree(data);
        ObjectNode event = json.createObjectNode();
        event.put("id", DeliveryIds.event(type));
        event.put("type", type);
        event.set("created_at", json.valueToTree(now));
        event.put("entity_id", entityId);
        event.put("group_id", groupId());
        ObjectNode source = event.putObject("event_source");
        source.put("channel", "API");
        source.putObject("api_key").put("name", "API key").put("app_id", projectId);
        List<String> ids = new ArrayList<>();
        for (Subscription target : targets) {
            String id = DeliveryIds.delivery();
            ObjectNode envelope = json.createObjectNode();
            envelope.put("id", id);
            envelope.put("project_id", projectId);
            envelope.set("created_at", json.valueToTree(now));
            envelope.put("type", type);
            envelope.set("data", dataNode);
            envelope.putObject("source").put("id", target.webhookId()).put("object", "webhook")
                    .put("target_url", target.targetUrl());
            envelope.set("event", event);
            // compact, exactly the bytes that are signed and sent
            String body = json.writeValueAsString(envelope);
            store.insert(new DeliveryStore.NewDelivery(id, projectId, target.webhookId(), target.targetUrl(),
                    target.secret(), event.get("id").asString(), type, entityId, body, now));
            ids.add(id);
        }
        afterCommit(ids);
    }

    private void afterCommit(List<String> ids) {
        AfterCommit.run(() -> dispatcher.committed(ids));
    }

    /** The request that caused the events: every event of one request shares the group id. */
    private static String groupId() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return DeliveryIds.group();
        }
        Object group = request.getAttribute(GROUP_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (group == null) {
            group = DeliveryIds.group();
            request.setAttribute(GROUP_ATTRIBUTE, group, RequestAttributes.SCOPE_REQUEST);
        }
        return (String) group;
    }
}
