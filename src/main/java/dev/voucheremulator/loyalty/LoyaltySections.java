package dev.voucheremulator.loyalty;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.fixture.ProjectSection;
import dev.voucheremulator.api.fixture.SectionEntries;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.node.ObjectNode;

/**
 * The loyalty parts of an export: {@code rewards} (POST /v1/rewards bodies), {@code reward_assignments}
 * and {@code earning_rules} (items of POST /v1/loyalties/{campaignId}/rewards and .../earning-rules,
 * each with the {@code campaign_id} of its program). They load after the campaigns they point at.
 */
@Configuration(proxyBeanMethods = false)
class LoyaltySections {

    private static final Set<String> REWARD = Set.of("id", "name", "parameters", "stock", "attributes", "metadata");
    private static final Set<String> EARNING_RULE = Set.of("id", "validation_rule_id", "loyalty", "event",
            "custom_event", "segment", "loyalty_tier", "source", "active", "start_date", "expiration_date",
            "validity_timeframe", "validity_day_of_week", "validity_hours", "pending_points", "expiration_rules",
            "metadata");

    @Bean
    ProjectSection rewardSection(RewardRepository rewards, RewardService service, SectionEntries entries) {
        return new Section("rewards",
                projectId -> rewards.findByProjectIdOrderByCreatedAtAscIdAsc(projectId).stream()
                        .map(reward -> entries.map(entries.keep(RewardResponse.from(reward), REWARD))).toList(),
                (projectId, entry) -> service.createReward(projectId,
                        entries.read(SectionEntries.withoutId(entry), CreateRewardRequest.class)).id());
    }

    @Bean
    ProjectSection rewardAssignmentSection(RewardAssignmentRepository assignments, RewardService service,
                                           SectionEntries entries) {
        return new Section("reward_assignments",
                projectId -> assignments.findByProjectIdOrderByCreatedAtAscIdAsc(projectId).stream()
                        .map(a -> {
                            ObjectNode body = entries.keep(RewardAssignmentResponse.from(a),
                                    Set.of("id", "reward_id", "related_object_id", "parameters"));
                            body.set("campaign_id", body.remove("related_object_id"));
                            body.set("reward", body.remove("reward_id"));
                            return entries.map(body);
                        }).toList(),
                (projectId, entry) -> service.assign(projectId, programOf(entry),
                        List.of(entries.read(body(entry), CreateRewardAssignmentRequest.class))).get(0).id());
    }

    @Bean
    ProjectSection earningRuleSection(EarningRuleRepository rules, RewardService service, SectionEntries entries) {
        return new Section("earning_rules",
                projectId -> rules.findByProjectIdOrderByCreatedAtAscIdAsc(projectId).stream()
                        .map(rule -> {
                            ObjectNode body = entries.keep(EarningRuleResponse.from(rule), EARNING_RULE);
                            body.put("campaign_id", rule.campaignId());
                            if (body.get("source") instanceof ObjectNode source) {
                                // the program is the campaign_id; a rule keeps only its banner
                                body.set("source", entries.keep(source, Set.of("banner")));
                                if (body.get("source").isEmpty()) {
                                    body.remove("source");
                                }
                            }
                            return entries.map(body);
                        }).toList(),
                (projectId, entry) -> service.createEarningRules(projectId, programOf(entry),
                        List.of(entries.read(body(entry), CreateEarningRuleRequest.class))).get(0).id());
    }

    private static String programOf(Map<String, Object> entry) {
        if (entry.get("campaign_id") instanceof String campaign && !campaign.isBlank()) {
            return campaign;
        }
        throw ApiException.invalidPayload("Property 'campaign_id' is required");
    }

    private static Map<String, Object> body(Map<String, Object> entry) {
        Map<String, Object> body = SectionEntries.withoutId(entry);
        body.remove("campaign_id");
        return body;
    }

    interface Exporter {
        List<Map<String, Object>> export(String projectId);
    }

    interface Loader {
        String load(String projectId, Map<String, Object> entry);
    }

    /** One section whose entries each create one resource. */
    record Section(String name, Exporter exporter, Loader loader) implements ProjectSection {

        @Override
        public List<Map<String, Object>> export(String projectId) {
            return exporter.export(projectId);
        }

        @Override
        public Map<String, String> load(String projectId, Map<String, Object> entry) {
            return SectionEntries.mapped(SectionEntries.idOf(entry), loader.load(projectId, entry));
        }
    }
}
