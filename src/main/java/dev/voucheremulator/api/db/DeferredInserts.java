package dev.voucheremulator.api.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Inserts whose outcome the caller already knows (a row with a new id), sent just before the
 * transaction commits: the rows of one statement go in one batch, which the driver rewrites into one
 * multi-row insert ({@code reWriteBatchedInserts}). A transaction that writes many such rows, a batch of
 * redemptions, then sends one statement per table instead of one per row. Nothing in the transaction
 * may read them back before the commit, and nothing may reference them by a foreign key. Outside a
 * transaction a row is inserted at once.
 */
@Component
public class DeferredInserts {

    private final JdbcTemplate jdbc;

    public DeferredInserts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts one row by {@code sql} (an insert with one placeholder per argument) before the commit.
     * {@code types} are the arguments' {@link java.sql.Types}: a null is sent as its column's type without
     * the driver being asked for it first.
     */
    public void insert(String sql, int[] types, Object... args) {
        if (types.length != args.length) {
            throw new IllegalArgumentException("one type per argument");
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            jdbc.update(sql, args, types);
            return;
        }
        current().statements.computeIfAbsent(sql, s -> new Statement(types)).rows.add(args);
    }

    private Pending current() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending pending && pending.owner == this) {
                return pending;
            }
        }
        Pending pending = new Pending(this);
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    /** One transaction's rows by statement, in the order the statements were first used. */
    private static final class Pending implements TransactionSynchronization {

        private final DeferredInserts owner;
        private final Map<String, Statement> statements = new LinkedHashMap<>();

        Pending(DeferredInserts owner) {
            this.owner = owner;
        }

        // Before the callbacks that write the events: the rows are there when their sums are.
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE - 1;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            for (Map.Entry<String, Statement> statement : statements.entrySet()) {
                owner.jdbc.batchUpdate(statement.getKey(), statement.getValue().rows, statement.getValue().types);
            }
            statements.clear();
        }

        @Override
        public void afterCompletion(int status) {
            statements.clear();
        }
    }

    private record Statement(int[] types, List<Object[]> rows) {
        Statement(int[] types) {
            this(types, new ArrayList<>());
        }
    }
}
