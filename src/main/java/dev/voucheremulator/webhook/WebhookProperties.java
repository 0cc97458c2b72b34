package dev.voucheremulator.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code emulator.webhooks.*}: {@code delivery} sync sends before the triggering request answers
 * (for tests), async (default) right after it on a background thread. {@code timeout} is how long a
 * receiver may take; {@code poll-interval} how often due retries and leftovers are looked for;
 * {@code subscription-cache} how long a project's subscriptions are remembered.
 */
@ConfigurationProperties("emulator.webhooks")
record WebhookProperties(Delivery delivery, Duration timeout, Duration pollInterval, Duration subscriptionCache) {

    enum Delivery { SYNC, ASYNC }

    WebhookProperties {
        delivery = delivery == null ? Delivery.ASYNC : delivery;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
        subscriptionCache = subscriptionCache == null ? Duration.ofSeconds(5) : subscriptionCache;
    }
}
