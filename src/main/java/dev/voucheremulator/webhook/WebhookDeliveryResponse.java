package dev.voucheremulator.webhook;

import java.time.Instant;
import java.util.List;

/**
 * One delivery as the deliveries control shows it: {@code status} pending, delivered or failed;
 * {@code next_attempt_at} only while pending; {@code payload} the envelope sent and {@code signature}
 * its {@code x-voucherify-signature}.
 */
record WebhookDeliveryResponse(String id, String object, String webhookId, String targetUrl, String type,
                               String entityId, String status, Instant createdAt, List<AttemptResponse> attempts,
                               Instant nextAttemptAt, Object payload, String signature) {

    /** One try: {@code status_code} null when no answer came, {@code error} says why it did not count. */
    record AttemptResponse(int attempt, Instant at, Integer statusCode, String error, long ms) {
    }
}
