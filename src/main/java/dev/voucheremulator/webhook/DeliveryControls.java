package dev.voucheremulator.webhook;

import dev.voucheremulator.api.error.ApiException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The deliveries control: reads the delivery log and retries one now, as the dashboard's button does. */
@Component
class DeliveryControls {

    static final int MAX_LIMIT = 1000;
    static final int DEFAULT_LIMIT = 100;
    private static final Set<String> STATUSES = Set.of("pending", "delivered", "failed");

    private final DeliveryLog log;
    private final WebhookDispatcher dispatcher;
    private final JsonMapper json;

    DeliveryControls(DeliveryLog log, WebhookDispatcher dispatcher, JsonMapper json) {
        this.log = log;
        this.dispatcher = dispatcher;
        this.json = json;
    }

    WebhookDeliveryListResponse list(String projectId, String type, String status, Integer limit) {
        if (status != null && !STATUSES.contains(status.toLowerCase(Locale.ROOT))) {
            throw ApiException.invalidQueryParams("Query parameter 'status' should be one of " + String.join(", ",
                    List.of("pending", "delivered", "failed")));
        }
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw ApiException.invalidQueryParams("Query parameter 'limit' should be between 1 and " + MAX_LIMIT);
        }
        String stored = status == null ? null : status.toUpperCase(Locale.ROOT);
        List<WebhookDeliveryResponse> deliveries = log.find(projectId, blankToNull(type), stored,
                        limit == null ? DEFAULT_LIMIT : limit).stream()
                .map(this::response).toList();
        return new WebhookDeliveryListResponse("list", "deliveries", deliveries, deliveries.size());
    }

    WebhookDeliveryResponse get(String projectId, String deliveryId) {
        return log.one(projectId, deliveryId).map(this::response).orElseThrow(() -> notFound(deliveryId));
    }

    /** One attempt at once, whatever the delivery's status; answers the delivery after it. */
    WebhookDeliveryResponse retry(String projectId, String deliveryId) {
        if (!dispatcher.retryNow(projectId, deliveryId)) {
            throw notFound(deliveryId);
        }
        return get(projectId, deliveryId);
    }

    private WebhookDeliveryResponse response(DeliveryLog.Delivery d) {
        boolean pending = DeliveryStore.PENDING.equals(d.status());
        return new WebhookDeliveryResponse(d.id(), "webhook_delivery", d.webhookId(), d.targetUrl(), d.eventType(),
                d.entityId(), d.status().toLowerCase(Locale.ROOT), d.createdAt(),
                d.history().stream().map(a -> new WebhookDeliveryResponse.AttemptResponse(a.attempt(), a.at(),
                        a.statusCode(), a.error(), a.durationMs())).toList(),
                pending ? d.nextAttemptAt() : null, payload(d.body()), d.signature());
    }

    private JsonNode payload(String body) {
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            return json.getNodeFactory().stringNode(body);
        }
    }

    private static ApiException notFound(String deliveryId) {
        return ApiException.notFound("webhook_delivery", deliveryId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
