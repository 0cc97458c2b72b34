package dev.voucheremulator.webhook;

import java.util.List;

/** A project's deliveries, newest first; {@code total} is the number listed. */
record WebhookDeliveryListResponse(String object, String dataRef, List<WebhookDeliveryResponse> deliveries, int total) {
}
