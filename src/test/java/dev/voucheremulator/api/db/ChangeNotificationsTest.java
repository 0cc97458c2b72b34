package dev.voucheremulator.api.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.EmulatorTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** NOTIFY rides on the publisher's transaction: a commit is heard, a rollback is not. */
@EmulatorTest
class ChangeNotificationsTest {

    @Autowired
    ChangeNotifications notifications;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    String channel;

    @BeforeEach
    void subscribeToAFreshChannel() throws InterruptedException {
        channel = "test_" + UUID.randomUUID().toString().replace("-", "");
        notifications.subscribe(channel, received::add);
        // The listener announces "anything may have changed" once it listens on the channel.
        assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo(ChangeNotifications.EVERYTHING);
    }

    @Test
    void aPublicationInACommittedTransactionIsReceived() throws InterruptedException {
        transactions.executeWithoutResult(status -> notifications.publish(channel, "project-1"));

        assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("project-1");
    }

    @Test
    void aPublicationInARolledBackTransactionIsNeverReceived() throws InterruptedException {
        transactions.executeWithoutResult(status -> {
            notifications.publish(channel, "rolled-back");
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> notifications.publish(channel, "committed"));

        // Notifications arrive in commit order, so once the later one is here the earlier one never will be.
        assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("committed");
        assertThat(List.copyOf(received)).isEmpty();
    }

    @Test
    void nothingIsSentBeforeTheTransactionCommits() throws InterruptedException {
        transactions.executeWithoutResult(status -> {
            notifications.publish(channel, "later");
            try {
                assertThat(received.poll(500, TimeUnit.MILLISECONDS)).isNull();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("later");
    }

    @Test
    void afterALostConnectionSubscribersHearThatAnythingMayHaveChangedAndKeepReceiving()
            throws InterruptedException {
        int killed = jdbc.sql("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                + " where application_name = 'emulator-change-notifications'").query(Integer.class).single();
        assertThat(killed).isPositive();

        assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo(ChangeNotifications.EVERYTHING);
        transactions.executeWithoutResult(status -> notifications.publish(channel, "after-reconnect"));
        assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("after-reconnect");
    }
}
