package dev.voucheremulator.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Empties one project, or all, with set-based SQL in one transaction. The statements are derived
 * from the schema once (tables with {@code project_id}, foreign keys, campaign-keyed counters), so a
 * table a later migration adds is covered without touching this class. Projects themselves, their
 * OAuth tokens and Management API configuration stay: they are the test's credentials, not its data.
 */
@Service
public class ResetService {

    /**
     * Schema bookkeeping, credentials and the account's Management API configuration (projects, their
     * keys, users, webhooks: {@code management_*}): never emptied. The project clock belongs to the
     * clock control, which keeps it in memory too; it follows {@link ProjectReset} if it wants to.
     */
    private static final Set<String> KEPT = Set.of("flyway_schema_history", "project", "oauth_token",
            "project_clock");

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private volatile Plan plan;

    ResetService(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public void resetProject(String projectId) {
        Plan current = plan();
        // Every row deleted here belongs to the project and no other project's row points at one, so
        // the foreign keys hold before and after; checking them row by row (one trigger call per row
        // and referencing table, ~50,000 for 10,000 vouchers) is what made a reset take seconds.
        // Only a superuser may skip them (the embedded PostgreSQL's user is one); others pay the checks.
        if (current.mayBypassChecks()) {
            jdbc.sql("set local session_replication_role = replica").update();
        }
        for (String statement : current.projectDeletes()) {
            jdbc.sql(statement).param(projectId).update();
        }
        if (current.mayBypassChecks()) {
            // The rest of the transaction (an import after the reset) is checked again.
            jdbc.sql("set local session_replication_role = origin").update();
        }
        events.publishEvent(new ProjectReset(projectId));
    }

    @Transactional
    public void resetAll() {
        Plan current = plan();
        if (!current.tables().isEmpty()) {
            jdbc.sql("truncate table " + String.join(", ", current.tables())).update();
        }
        events.publishEvent(new ProjectReset(null));
    }

    // Derived once the schema is migrated, so the first reset a test asks for is as fast as the rest.
    @EventListener(ApplicationReadyEvent.class)
    void derivePlan() {
        plan();
    }

    /** Whether the project holds no campaign, voucher, customer, product or rule yet. */
    public boolean isEmpty(String projectId) {
        return jdbc.sql("""
                        select not exists (select 1 from campaign where project_id = :p)
                           and not exists (select 1 from voucher where project_id = :p)
                           and not exists (select 1 from customer where project_id = :p)
                           and not exists (select 1 from product where project_id = :p)
                           and not exists (select 1 from validation_rule where project_id = :p)
                        """)
                .param("p", projectId)
                .query(Boolean.class)
                .single();
    }

    private Plan plan() {
        Plan current = plan;
        if (current == null) {
            current = Plan.of(jdbc);
            plan = current;
        }
        return current;
    }

    /** Delete statements in an order no foreign key objects to (children first). */
    record Plan(List<String> tables, List<String> projectDeletes, boolean mayBypassChecks) {

        static Plan of(JdbcClient jdbc) {
            List<String> tables = jdbc.sql("""
                            select table_name from information_schema.tables
                            where table_schema = current_schema() and table_type = 'BASE TABLE'
                            order by table_name
                            """)
                    .query(String.class).list().stream()
                    .filter(t -> !KEPT.contains(t) && !t.startsWith("management_"))
                    .toList();
            Map<String, Set<String>> columns = new LinkedHashMap<>();
            jdbc.sql("select table_name, column_name from information_schema.columns where table_schema = current_schema()")
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                    .forEach(e -> columns.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).add(e.getValue()));
            // child table -> (child column -> parent table)
            Map<String, Map<String, String>> parents = new LinkedHashMap<>();
            jdbc.sql("""
                            select c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text
                            from pg_constraint c
                            join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                            where c.contype = 'f' and cardinality(c.conkey) = 1
                              and c.connamespace = current_schema()::regnamespace
                            """)
                    .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).list()
                    .forEach(fk -> parents.computeIfAbsent(fk.get(0), k -> new LinkedHashMap<>()).put(fk.get(1), fk.get(2)));

            Map<String, String> deletes = new LinkedHashMap<>();
            Map<String, Set<String>> mustPrecede = new LinkedHashMap<>();
            for (String table : tables) {
                Set<String> own = columns.getOrDefault(table, Set.of());
                Map<String, String> fks = parents.getOrDefault(table, Map.of());
                Set<String> before = mustPrecede.computeIfAbsent(table, k -> new LinkedHashSet<>());
                fks.values().stream().filter(tables::contains).filter(p -> !p.equals(table)).forEach(before::add);
                if (own.contains("project_id")) {
                    deletes.put(table, "delete from " + table + " where project_id = ?");
                    continue;
                }
                Map.Entry<String, String> viaParent = fks.entrySet().stream()
                        .filter(fk -> columns.getOrDefault(fk.getValue(), Set.of()).contains("project_id"))
                        .findFirst().orElse(null);
                if (viaParent != null) {
                    deletes.put(table, "delete from " + table + " t using " + viaParent.getValue() + " p where t."
                            + viaParent.getKey() + " = p.id and p.project_id = ?");
                } else if (own.contains("campaign_id") && tables.contains("campaign")) {
                    // Counters keyed by campaign id without a foreign key (analytics buckets).
                    deletes.put(table, "delete from " + table
                            + " where campaign_id in (select id from campaign where project_id = ?)");
                    before.add("campaign");
                }
            }
            List<String> ordered = new ArrayList<>();
            Set<String> done = new LinkedHashSet<>();
            for (String table : deletes.keySet()) {
                visit(table, mustPrecede, deletes, done, new LinkedHashSet<>(), ordered);
            }
            boolean superuser = jdbc.sql("select rolsuper from pg_roles where rolname = current_user")
                    .query(Boolean.class).optional().orElse(false);
            return new Plan(tables.stream().map(t -> '"' + t + '"').toList(), List.copyOf(ordered), superuser);
        }

        // A parent is deleted after every table that points at it: depth-first over "children of".
        private static void visit(String table, Map<String, Set<String>> parentsOf, Map<String, String> deletes,
                                  Set<String> done, Set<String> path, List<String> ordered) {
            if (done.contains(table) || !path.add(table)) {
                return;
            }
            for (Map.Entry<String, Set<String>> child : parentsOf.entrySet()) {
                if (child.getValue().contains(table) && deletes.containsKey(child.getKey())) {
                    visit(child.getKey(), parentsOf, deletes, done, path, ordered);
                }
            }
            path.remove(table);
            if (done.add(table)) {
                ordered.add(deletes.get(table));
            }
        }
    }
}
