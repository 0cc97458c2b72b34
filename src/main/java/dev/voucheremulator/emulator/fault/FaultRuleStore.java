package dev.voucheremulator.emulator.fault;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The {@code fault_rule} rows: the rules as sent (jsonb) and their counters. */
@Component
class FaultRuleStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    FaultRuleStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Serialises writers of one project, so that positions and the rule count stay right. */
    void lock(String projectId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('fault_rule:' || :project))")
                .param("project", projectId).query().singleRow();
    }

    int count(String projectId) {
        return jdbc.sql("select count(*) from fault_rule where project_id = :project")
                .param("project", projectId).query(Integer.class).single();
    }

    void insert(String projectId, List<FaultRule> rules) {
        int position = jdbc.sql("select coalesce(max(position), 0) from fault_rule where project_id = :project")
                .param("project", projectId).query(Integer.class).single();
        for (FaultRule rule : rules) {
            FaultRule.Match match = rule.match();
            jdbc.sql("""
                            insert into fault_rule (id, project_id, position, rule, after_calls, times)
                            values ('fault_' || nextval('fault_rule_number'), :project, :position,
                                    cast(:rule as jsonb), :after, :times)""")
                    .param("project", projectId)
                    .param("position", ++position)
                    .param("rule", json.writeValueAsString(rule))
                    .param("after", match == null || match.after() == null ? null : match.after().longValue())
                    .param("times", match == null || match.times() == null ? null : match.times().longValue())
                    .update();
        }
    }

    List<FaultRuleResponse> list(String projectId) {
        return jdbc.sql("select id, rule, matched, fired from fault_rule where project_id = :project order by position")
                .param("project", projectId)
                .query((rs, row) -> {
                    FaultRule rule = json.readValue(rs.getString("rule"), FaultRule.class);
                    return new FaultRuleResponse(rs.getString("id"), "fault", rule.match(), rule.error(), rule.delay(),
                            rule.fault(), rs.getLong("matched"), rs.getLong("fired"));
                })
                .list();
    }

    List<ActiveFault> active(String projectId) {
        return jdbc.sql("select id, rule from fault_rule where project_id = :project order by position")
                .param("project", projectId)
                .query((rs, row) -> new ActiveFault(rs.getString("id"), json.readValue(rs.getString("rule"),
                        FaultRule.class)))
                .list();
    }

    Map<String, List<ActiveFault>> allActive() {
        Map<String, List<ActiveFault>> byProject = new HashMap<>();
        jdbc.sql("select project_id, id, rule from fault_rule order by project_id, position")
                .query(rs -> {
                    byProject.computeIfAbsent(rs.getString("project_id"), p -> new ArrayList<>())
                            .add(new ActiveFault(rs.getString("id"), json.readValue(rs.getString("rule"), FaultRule.class)));
                });
        byProject.replaceAll((project, rules) -> List.copyOf(rules));
        return byProject;
    }

    /**
     * Counts a matching call in one statement and says whether the rule fires on it: past the first
     * {@code after} matches, while it fired fewer than {@code times}, and when the caller's draw of the
     * probability came up. Empty when the rule is gone (deleted through another instance).
     */
    Optional<Boolean> countMatch(String projectId, String faultId, boolean drawn) {
        return jdbc.sql("""
                        update fault_rule set
                            matched = matched + 1,
                            fired = fired + case when matched + 1 > coalesce(after_calls, 0)
                                    and (times is null or fired < times) and :drawn then 1 else 0 end,
                            last_fired_match = case when matched + 1 > coalesce(after_calls, 0)
                                    and (times is null or fired < times) and :drawn then matched + 1
                                    else last_fired_match end
                        where id = :id and project_id = :project
                        returning last_fired_match = matched""")
                .param("drawn", drawn)
                .param("id", faultId)
                .param("project", projectId)
                .query(Boolean.class)
                .optional();
    }

    boolean delete(String projectId, String faultId) {
        return jdbc.sql("delete from fault_rule where project_id = :project and id = :id")
                .param("project", projectId).param("id", faultId).update() > 0;
    }

    void deleteAll(String projectId) {
        jdbc.sql("delete from fault_rule where project_id = :project").param("project", projectId).update();
    }

    void deleteEverything() {
        jdbc.sql("delete from fault_rule").update();
    }
}
