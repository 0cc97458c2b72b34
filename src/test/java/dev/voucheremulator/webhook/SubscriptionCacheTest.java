package dev.voucheremulator.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SubscriptionCacheTest {

    final AtomicInteger asked = new AtomicInteger();
    final InMemoryWebhookSubscriptions port = new InMemoryWebhookSubscriptions() {
        @Override
        public List<Subscription> active(String projectId, String eventType) {
            asked.incrementAndGet();
            return super.active(projectId, eventType);
        }
    };

    @Test
    void asksThePortOncePerProjectAndTypeWhileTheAnswerIsFresh() {
        SubscriptionCache cache = cache(Duration.ofMinutes(1));

        cache.active("p1", "redemption.succeeded");
        cache.active("p1", "redemption.succeeded");
        cache.active("p1", "redemption.failed");

        assertThat(asked).hasValue(2);
    }

    @Test
    void aChangeAnnouncedForAProjectIsSeenAtOnce() {
        SubscriptionCache cache = cache(Duration.ofMinutes(1));
        assertThat(cache.active("p1", "campaign.updated")).isEmpty();

        port.register("p1", "wh_1", "http://localhost/hooks", "s", "campaign.updated");
        cache.changed(new WebhookSubscriptionsChanged("p1"));

        assertThat(cache.active("p1", "campaign.updated")).extracting(WebhookSubscriptions.Subscription::webhookId)
                .containsExactly("wh_1");
    }

    @Test
    void aZeroLifetimeAsksEveryTime() {
        SubscriptionCache cache = cache(Duration.ZERO);

        cache.active("p1", "campaign.updated");
        cache.active("p1", "campaign.updated");

        assertThat(asked).hasValue(2);
    }

    private SubscriptionCache cache(Duration ttl) {
        return new SubscriptionCache(port, new WebhookProperties(null, null, null, ttl));
    }
}
