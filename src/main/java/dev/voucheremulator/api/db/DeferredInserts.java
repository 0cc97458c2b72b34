package dev.voucheremulator.api.db;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes whose outcome the caller already knows (a row with a new id, events and their sums), sent
 * just before the transaction commits, all of them in one statement: a multi-row insert per table and
 * the statements added whole, chained as data-modifying {@code with} clauses (past
 * {@value #MAX_PARAMETERS} parameters, one statement each). A {@link #guard} makes them depend on a
 * conditional update that goes in the same statement. A batch of redemptions so sends its voucher's
 * take, its orders, their campaign counts, its redemptions and its events in one round trip. Nothing in
 * the transaction may read the rows back before the commit, and nothing may reference them by a foreign
 * key. Outside a transaction a write goes in at once.
 */
@Component
public class DeferredInserts {

    // PostgreSQL takes at most 65,535 parameters a statement; larger sets go one statement each.
    static final int MAX_PARAMETERS = 30_000;
    private static final Pattern INSERT = Pattern.compile("(?is)(insert\\s+into\\s.+\\svalues)\\s*(\\(.*\\))\\s*");

    private final JdbcTemplate jdbc;
    // by the statement's text: its parts, found once
    private final Map<String, Parts> parts = new ConcurrentHashMap<>();

    public DeferredInserts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts one row by {@code sql} (an insert with one placeholder per argument) before the commit.
     * {@code types} are the arguments' {@link java.sql.Types}: a null is sent as its column's type without
     * the driver being asked for it first. The statement ends with its {@code values (...)} row.
     */
    public void insert(String sql, int[] types, Object... args) {
        checkTypes(types, args);
        Parts insert = parts.computeIfAbsent(sql, Parts::of);
        if (!inTransaction()) {
            jdbc.update(sql, args, types);
            return;
        }
        Pending pending = current();
        Rows rows = pending.inserts.get(sql);
        if (rows == null) {
            rows = new Rows(sql, insert, types, new ArrayList<>());
            pending.inserts.put(sql, rows);
            pending.pieces.add(rows);
        }
        rows.rows.add(args);
    }

    /**
     * Runs a data-modifying statement before the commit, with the rest: its {@code with} clauses
     * ({@code name as (...)}, names of the caller's own that no other statement uses) and its
     * {@code body}, {@code args} in the order their placeholders appear, clauses first.
     */
    public void statement(List<String> with, String body, int[] types, Object... args) {
        checkTypes(types, args);
        Clauses clauses = new Clauses(List.copyOf(with), body, types, args);
        if (!inTransaction()) {
            jdbc.update(clauses.sql(), args, types);
            return;
        }
        current().pieces.add(clauses);
    }

    /**
     * Makes the transaction's writes depend on a conditional update, sent with them in their statement:
     * {@code sql} (an update {@code returning 1}) must change exactly one row, or the commit fails with
     * {@link GuardFailed}, the transaction rolls back and nothing of it is written. For writes built on
     * a predicted outcome (the count a voucher's uses reach), which the update confirms.
     */
    public void guard(String sql, int[] types, Object... args) {
        checkTypes(types, args);
        if (!inTransaction()) {
            throw new IllegalStateException("no transaction to guard the writes of");
        }
        current().pieces.add(new Guard(sql, types, args));
    }

    /**
     * Runs {@code task} just before the current transaction's writes are sent, so what it adds goes with
     * them: for writes that are known only once the transaction's work is done (its events' sums).
     */
    public void beforeSending(Runnable task) {
        if (!inTransaction()) {
            throw new IllegalStateException("no transaction to write before the commit of");
        }
        current().tasks.add(task);
    }

    // A transaction's synchronization, not the empty scope of a method that runs without one
    private static boolean inTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive();
    }

    private static void checkTypes(int[] types, Object[] args) {
        if (types.length != args.length) {
            throw new IllegalArgumentException("one type per argument");
        }
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

    /** One transaction's writes in the order they were first added; the rows of an insert go together. */
    private static final class Pending implements TransactionSynchronization {

        private final DeferredInserts owner;
        private final List<Runnable> tasks = new ArrayList<>();
        private final List<Piece> pieces = new ArrayList<>();
        private final Map<String, Rows> inserts = new HashMap<>();

        Pending(DeferredInserts owner) {
            this.owner = owner;
        }

        // Last: another callback may still add a write.
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            for (int i = 0; i < tasks.size(); i++) {
                tasks.get(i).run();
            }
            int parameters = pieces.stream().mapToInt(Piece::parameters).sum();
            if (parameters > MAX_PARAMETERS) {
                for (Piece piece : pieces) {
                    if (piece instanceof Guard guard) {
                        check(owner.jdbc.query(guard.sql, guard.args, guard.types, (ResultSet rs) -> rs.next()
                                && !rs.next()));
                    }
                }
                for (Piece piece : pieces) {
                    if (piece instanceof Rows rows) {
                        owner.jdbc.batchUpdate(rows.sql, rows.rows, rows.types);
                    } else if (piece instanceof Clauses clauses) {
                        owner.jdbc.update(clauses.sql(), clauses.args, clauses.types);
                    }
                }
            } else if (!pieces.isEmpty()) {
                writeAll(parameters);
            }
            clear();
        }

        // with deferred_1 as (insert into a ... values (..), (..)), <a statement's clauses>, ... <the last body>
        private void writeAll(int parameters) {
            List<String> with = new ArrayList<>();
            Object[] args = new Object[parameters];
            int[] types = new int[parameters];
            int next = 0;
            String last = null;
            List<String> guards = new ArrayList<>();
            boolean guarded = pieces.stream().anyMatch(Guard.class::isInstance);
            for (int i = 0; i < pieces.size(); i++) {
                Piece piece = pieces.get(i);
                String body;
                if (piece instanceof Rows rows) {
                    StringBuilder insert = new StringBuilder(rows.parts.head);
                    for (int row = 0; row < rows.rows.size(); row++) {
                        insert.append(row == 0 ? " " : ", ").append(rows.parts.row);
                        next = copy(rows.rows.get(row), rows.types, args, types, next);
                    }
                    body = insert.toString();
                } else if (piece instanceof Clauses clauses) {
                    with.addAll(clauses.with);
                    next = copy(clauses.args, clauses.types, args, types, next);
                    body = clauses.body;
                } else {
                    Guard guard = (Guard) piece;
                    next = copy(guard.args, guard.types, args, types, next);
                    body = guard.sql;
                    guards.add("(select count(*) from deferred_" + (i + 1) + ") = 1");
                }
                if (i == pieces.size() - 1 && !guarded) {
                    last = body;
                } else {
                    with.add("deferred_" + (i + 1) + " as (" + body + ")");
                }
            }
            if (guarded) {
                // every write a clause, and the statement answers whether each guard changed its one row
                String sql = "with " + String.join(", ", with) + " select " + String.join(" and ", guards);
                check(owner.jdbc.query(sql, args, types, (ResultSet rs) -> rs.next() && rs.getBoolean(1)));
            } else {
                owner.jdbc.update(with.isEmpty() ? last : "with " + String.join(", ", with) + " " + last, args, types);
            }
        }

        // a piece's arguments and their types into the statement's, from next; returns where the next go
        private static int copy(Object[] from, int[] fromTypes, Object[] args, int[] types, int next) {
            System.arraycopy(from, 0, args, next, from.length);
            System.arraycopy(fromTypes, 0, types, next, from.length);
            return next + from.length;
        }

        private static void check(Boolean held) {
            if (!Boolean.TRUE.equals(held)) {
                throw new GuardFailed();
            }
        }

        @Override
        public void afterCompletion(int status) {
            clear();
        }

        private void clear() {
            tasks.clear();
            pieces.clear();
            inserts.clear();
        }
    }

    /** An insert: what comes before its row of placeholders, and that row. */
    private record Parts(String head, String row) {
        static Parts of(String sql) {
            Matcher insert = INSERT.matcher(sql);
            if (!insert.matches()) {
                throw new IllegalArgumentException("not an insert ending with its values row: " + sql);
            }
            return new Parts(insert.group(1), insert.group(2));
        }
    }

    /** A write waiting for the commit. */
    private sealed interface Piece permits Rows, Clauses, Guard {
        int parameters();
    }

    /** One insert of a transaction and the rows it waits to insert. */
    private record Rows(String sql, Parts parts, int[] types, List<Object[]> rows) implements Piece {
        @Override
        public int parameters() {
            return rows.size() * types.length;
        }
    }

    /** A conditional update the writes depend on. */
    private record Guard(String sql, int[] types, Object[] args) implements Piece {
        @Override
        public int parameters() {
            return args.length;
        }
    }

    /**
     * A guard's update changed no row: what the transaction's writes were built on no longer holds, and
     * the transaction rolled back.
     */
    public static final class GuardFailed extends RuntimeException {
        GuardFailed() {
            super("a guarded write's condition no longer held", null, false, false);
        }
    }

    /** A statement added whole: its with clauses and body. */
    private record Clauses(List<String> with, String body, int[] types, Object[] args) implements Piece {
        @Override
        public int parameters() {
            return args.length;
        }

        String sql() {
            return with.isEmpty() ? body : "with " + String.join(", ", with) + " " + body;
        }
    }
}
