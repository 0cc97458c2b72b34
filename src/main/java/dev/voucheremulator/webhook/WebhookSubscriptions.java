package dev.voucheremulator.webhook;

import java.util.List;

/**
 * The port through which deliveries learn a project's webhooks. Owned here, implemented by whichever
 * feature keeps webhook configurations; without one, {@link WebhookConfiguration} registers a port
 * that knows no webhooks.
 */
public interface WebhookSubscriptions {

    /** One active webhook that takes an event type: where to send it and the secret to sign it with. */
    record Subscription(String webhookId, String targetUrl, String secret) {
    }

    /**
     * The active webhooks of the project that take {@code eventType} (as the envelope's {@code type}
     * spells it: {@code ...added}; a configuration that lists the spec enum's {@code ...aded} takes it too).
     * {@code projectId} is the /v1 project, the X-App-Id. Called in the transaction of the change; answers are cached briefly (see
     * {@code emulator.webhooks.subscription-cache}), and a {@link WebhookSubscriptionsChanged} event ends that.
     */
    List<Subscription> active(String projectId, String eventType);

    /** The last retry of a delivery failed: the webhook stops, as Voucherify disables it. */
    void disable(String projectId, String webhookId);
}
