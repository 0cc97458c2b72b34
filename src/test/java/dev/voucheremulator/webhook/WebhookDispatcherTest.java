package dev.voucheremulator.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import dev.voucheremulator.api.time.ProjectClocks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox and dispatcher against the database: leftovers, rollbacks and competing instances. */
@WebhookTest
class WebhookDispatcherTest {

    @Autowired
    WebhookOutbox outbox;

    @Autowired
    WebhookDispatcher dispatcher;

    @Autowired
    DeliveryStore store;

    @Autowired
    WebhookSender sender;

    @Autowired
    InMemoryWebhookSubscriptions webhooks;

    @Autowired
    ProjectClocks clocks;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    WebhookProperties properties;

    String projectId;
    WebhookReceiver receiver;

    @BeforeEach
    void project() {
        projectId = "dispatch-" + UUID.randomUUID();
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
        clock.reset();
    }

    @Test
    void aDeliveryLeftPendingByAStoppedInstanceIsSentByTheNextDispatch() {
        String id = pendingRow("wh_restart", Instant.now().minusSeconds(3600));

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(receiver.received()).hasSize(1);
        assertThat(receiver.received().get(0).signature())
                .isEqualTo(WebhookDeliveryApiTest.hmac(receiver.received().get(0).body()));
        assertThat(store.status(id)).contains(DeliveryStore.DELIVERED);
    }

    @Test
    void aRowHeldByAnotherInstanceIsLeftAloneUntilItsLeaseEnds() {
        String id = pendingRow("wh_leased", Instant.now().minusSeconds(60));
        jdbc.sql("UPDATE webhook_deliveries SET claim_token = 'other', claimed_until = clock_timestamp() + interval '1 hour'"
                + " WHERE id = ?").param(id).update();

        assertThat(dispatcher.dispatchDue()).isZero();

        jdbc.sql("UPDATE webhook_deliveries SET claimed_until = clock_timestamp() - interval '1 second' WHERE id = ?")
                .param(id).update();
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void aRolledBackChangeLeavesNoDeliveryAndSendsNothing() {
        webhooks.register(projectId, "wh_rollback", receiver.url(), "secret", "campaign.updated");

        transactions.executeWithoutResult(tx -> {
            outbox.announce(projectId, "campaign.updated", "camp_x", Map.of("campaign", Map.of("id", "camp_x")));
            tx.setRollbackOnly();
        });

        assertThat(jdbc.sql("SELECT count(*) FROM webhook_deliveries WHERE project_id = ?").param(projectId)
                .query(Long.class).single()).isZero();
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void twoDispatchersNeverSendOneDeliveryTwice() throws Exception {
        receiver.slow(5);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ids.add(pendingRow("wh_race", Instant.now().minusSeconds(10)));
        }
        // a second instance: its own dispatcher on the same database
        WebhookDispatcher other = new WebhookDispatcher(store, sender, webhooks, Clock.systemUTC(), clocks, properties);
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> await(start, dispatcher));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> await(start, other));
        start.countDown();

        int attempted = first.get() + second.get();
        other.destroy();

        assertThat(attempted).isEqualTo(60);
        Map<String, Long> perDelivery = receiver.received().stream()
                .collect(Collectors.groupingBy(r -> r.json().get("id").asString(), Collectors.counting()));
        assertThat(perDelivery).hasSize(60).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
        assertThat(perDelivery.keySet()).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void asyncDeliverySendsAfterTheCommitWithoutHoldingTheCaller() throws Exception {
        receiver.slow(300);
        String id = pendingRow("wh_async", Instant.now());
        WebhookDispatcher async = new WebhookDispatcher(store, sender, webhooks, Clock.systemUTC(), clocks,
                new WebhookProperties(WebhookProperties.Delivery.ASYNC, null, null, null));

        long started = System.nanoTime();
        async.committed(List.of(id));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(250));

        for (int i = 0; i < 100 && !store.status(id).orElseThrow().equals(DeliveryStore.DELIVERED); i++) {
            Thread.sleep(50);
        }
        async.destroy();
        assertThat(store.status(id)).contains(DeliveryStore.DELIVERED);
        assertThat(receiver.received()).hasSize(1);
    }

    private static int await(CountDownLatch start, WebhookDispatcher dispatcher) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return dispatcher.dispatchDue();
    }

    /** A row as the outbox writes it, written before "now": as a stopped instance would have left it. */
    private String pendingRow(String webhookId, Instant at) {
        String id = DeliveryIds.delivery();
        String body = "{\"id\":\"" + id + "\",\"project_id\":\"" + projectId + "\",\"type\":\"customer.created\"}";
        store.insert(new DeliveryStore.NewDelivery(id, projectId, webhookId, receiver.url(),
                WebhookDeliveryApiTest.SECRET, "evcus_1", "customer.created", "cust_1", body, at));
        return id;
    }
}
