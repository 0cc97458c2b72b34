package dev.voucheremulator.webhook;

import dev.voucheremulator.api.time.ProjectClockAdvanced;
import dev.voucheremulator.api.time.ProjectClocks;
import dev.voucheremulator.api.time.ProjectTime;
import dev.voucheremulator.webhook.DeliveryStore.Claimed;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends deliveries: the ones a commit just wrote (on the committing thread when delivery is sync, on a
 * background thread when async), and on a schedule the retries that came due and whatever a stopped
 * instance left pending. Attempts and retry times follow the clock of the delivery's project, so
 * advancing a project's test clock sends what came due before the advance answers, and walks the retry
 * schedule without waiting.
 */
@Component
class WebhookDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 50;

    private final DeliveryStore store;
    private final WebhookSender sender;
    private final WebhookSubscriptions subscriptions;
    private final Clock clock;
    private final ProjectClocks clocks;
    private final boolean sync;
    private final ExecutorService background;

    WebhookDispatcher(DeliveryStore store, WebhookSender sender, WebhookSubscriptions subscriptions, Clock clock,
                      ProjectClocks clocks, WebhookProperties properties) {
        this.store = store;
        this.sender = sender;
        this.subscriptions = subscriptions;
        this.clock = clock;
        this.clocks = clocks;
        this.sync = properties.delivery() == WebhookProperties.Delivery.SYNC;
        AtomicInteger threads = new AtomicInteger();
        this.background = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "webhook-delivery-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Right after the commit that wrote {@code ids}. Always on a background thread: the committing
     * thread still holds the finished transaction's connection, which would swallow these writes.
     * Sync delivery waits for it.
     */
    void committed(List<String> ids) {
        Future<?> sending = background.submit(() -> send(ids));
        if (!sync) {
            return;
        }
        try {
            sending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            log.warn("Webhook deliveries {} stay pending for the next poll", ids, e.getCause());
        }
    }

    /**
     * Sends every due delivery nobody else holds, each project's by its own clock; the number of attempts
     * made.
     */
    int dispatchDue() {
        Map<String, Instant> frozen = clocks.frozenProjects();
        int attempted = dispatchDue(null, clocks.wallTime(), frozen.keySet());
        for (Map.Entry<String, Instant> project : frozen.entrySet()) {
            attempted += dispatchDue(project.getKey(), project.getValue(), List.of());
        }
        return attempted;
    }

    /** A project's test clock moved forward: what came due on it is sent before the move answers. */
    @EventListener
    void clockAdvanced(ProjectClockAdvanced advanced) {
        try {
            dispatchDue(advanced.projectId(), advanced.to(), List.of());
        } catch (RuntimeException e) {
            log.warn("Webhook deliveries of project {} stay pending for the next poll", advanced.projectId(), e);
        }
    }

    private int dispatchDue(String project, Instant now, Collection<String> otherClocks) {
        int attempted = 0;
        while (true) {
            List<Claimed> claimed = store.claimDue(now, BATCH, token(), project, otherClocks);
            claimed.forEach(this::attempt);
            attempted += claimed.size();
            if (claimed.size() < BATCH) {
                return attempted;
            }
        }
    }

    @Scheduled(initialDelayString = "${emulator.webhooks.poll-interval:PT5S}",
            fixedDelayString = "${emulator.webhooks.poll-interval:PT5S}")
    void poll() {
        try {
            dispatchDue();
        } catch (RuntimeException e) {
            log.warn("Webhook deliveries could not be dispatched now; the next poll tries again", e);
        }
    }

    /** The dashboard's "retry now": one attempt at once, outside the schedule. */
    boolean retryNow(String projectId, String deliveryId) {
        if (!store.makeDue(projectId, deliveryId, clocks.now(projectId))) {
            return false;
        }
        send(List.of(deliveryId));
        return true;
    }

    private void send(Collection<String> ids) {
        try {
            store.claim(ids, token()).forEach(this::attempt);
        } catch (RuntimeException e) {
            log.warn("Webhook deliveries {} stay pending for the next poll", ids, e);
        }
    }

    private void attempt(Claimed c) {
        ProjectTime.runAs(c.projectId(), () -> attemptNow(c));
    }

    /** One attempt, on the project's clock. */
    private void attemptNow(Claimed c) {
        Instant at = clock.instant();
        WebhookSender.Outcome outcome = sender.send(c.targetUrl(), c.body(), c.secret());
        int attempts = c.attempts() + 1;
        Instant first = c.firstAttemptAt() == null ? at : c.firstAttemptAt();
        store.recordAttempt(c.id(), attempts, at, outcome.statusCode(), outcome.error(), outcome.durationMs());
        if (outcome.acknowledged()) {
            store.finish(c, DeliveryStore.DELIVERED, attempts, first, at, null);
            return;
        }
        Optional<Instant> next = RetrySchedule.next(first, attempts);
        if (next.isPresent()) {
            store.finish(c, DeliveryStore.PENDING, attempts, first, at, next.get());
            return;
        }
        store.finish(c, DeliveryStore.FAILED, attempts, first, at, null);
        log.info("Webhook {} of project {} disabled: delivery {} failed its last retry", c.webhookId(),
                c.projectId(), c.id());
        subscriptions.disable(c.projectId(), c.webhookId());
    }

    private static String token() {
        return UUID.randomUUID().toString();
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
