package dev.voucheremulator.api.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells every emulator instance on the database that something changed, through PostgreSQL's
 * {@code NOTIFY}: {@link #publish} joins the caller's transaction, so a notification goes out when
 * (and only if) that transaction commits, to every instance including this one.
 *
 * <p>Each instance runs one listener thread on its own connection, opened with the pool's
 * credentials but outside the pool (a connection sitting in {@code LISTEN} would hold a pool slot
 * forever). Notifications sent while the listener was not listening are lost, so whenever it
 * (re)starts listening on a channel it hands that channel's subscribers {@link #EVERYTHING}: a
 * cache fed by this then drops all it holds rather than staying stale.
 */
@Component
public class ChangeNotifications implements SmartLifecycle {

    /** The payload a subscriber receives when any of its data may have changed. */
    public static final String EVERYTHING = "*";

    private static final Logger log = LoggerFactory.getLogger(ChangeNotifications.class);
    private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final int POLL_MILLIS = 250;
    private static final long RECONNECT_MILLIS = 1_000;

    private final JdbcClient jdbc;
    private final JdbcConnectionDetails database;
    private final Map<String, List<Consumer<String>>> subscribers = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile Thread listener;

    ChangeNotifications(JdbcClient jdbc, JdbcConnectionDetails database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    /** Sends {@code payload} on {@code channel} when the current transaction commits (at once without one). */
    public void publish(String channel, String payload) {
        jdbc.sql("select pg_notify(:channel, :payload)")
                .param("channel", checked(channel))
                .param("payload", payload)
                .query()
                .singleRow();
    }

    /**
     * Calls {@code subscriber} on the listener thread with every payload published on {@code channel}
     * from now on, by any instance, and with {@link #EVERYTHING} whenever notifications may have been
     * missed (first of all once the listener is listening on the channel). A subscriber must be quick
     * and must not throw.
     */
    public void subscribe(String channel, Consumer<String> subscriber) {
        subscribers.computeIfAbsent(checked(channel), c -> new CopyOnWriteArrayList<>()).add(subscriber);
    }

    @Override
    public void start() {
        running = true;
        Thread thread = new Thread(this::listen, "change-notifications");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = listener;
        if (thread == null) {
            return;
        }
        try {
            thread.join(POLL_MILLIS * 8L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        listener = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                PGConnection notifications = connection.unwrap(PGConnection.class);
                Set<String> listening = new HashSet<>();
                while (running) {
                    for (String channel : subscribers.keySet()) {
                        if (listening.add(channel)) {
                            statement.execute("LISTEN " + channel);
                            deliver(channel, EVERYTHING);
                        }
                    }
                    PGNotification[] received = notifications.getNotifications(POLL_MILLIS);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            deliver(notification.getName(), notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Listening for change notifications failed ({}); reconnecting", e.getMessage());
                pause();
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (database.getUsername() != null) {
            properties.setProperty("user", database.getUsername());
        }
        if (database.getPassword() != null) {
            properties.setProperty("password", database.getPassword());
        }
        properties.setProperty("ApplicationName", "emulator-change-notifications");
        Connection connection = DriverManager.getConnection(database.getJdbcUrl(), properties);
        connection.setAutoCommit(true);
        return connection;
    }

    private void deliver(String channel, String payload) {
        for (Consumer<String> subscriber : subscribers.getOrDefault(channel, List.of())) {
            try {
                subscriber.accept(payload);
            } catch (RuntimeException e) {
                log.error("A subscriber of channel {} failed on payload {}", channel, payload, e);
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static String checked(String channel) {
        if (channel == null || !CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("A channel is a lower-case identifier: " + channel);
        }
        return channel;
    }
}
