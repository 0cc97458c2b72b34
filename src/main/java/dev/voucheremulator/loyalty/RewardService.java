package dev.voucheremulator.loyalty;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.ids.ResourceIds;
import dev.voucheremulator.api.query.Paging;
import dev.voucheremulator.campaign.CampaignResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Rewards (/v1/rewards), a program's reward assignments and its earning rules: stored and returned. */
@Service
@Transactional(readOnly = true)
public class RewardService {

    private final RewardRepository rewards;
    private final RewardAssignmentRepository assignments;
    private final EarningRuleRepository earningRules;
    private final LoyaltyProgramService programs;
    private final Clock clock;

    RewardService(RewardRepository rewards, RewardAssignmentRepository assignments,
                  EarningRuleRepository earningRules, LoyaltyProgramService programs, Clock clock) {
        this.rewards = rewards;
        this.assignments = assignments;
        this.earningRules = earningRules;
        this.programs = programs;
        this.clock = clock;
    }

    /** A reward a program offers for points: what a loyalty card redemption pays for. */
    public record Offer(String rewardId, String rewardName, Long points) {
    }

    public Optional<Offer> offer(String projectId, String campaignId, String rewardId) {
        return assignments.findByProjectIdAndCampaignIdAndRewardId(projectId, campaignId, rewardId)
                .map(a -> new Offer(a.rewardId(), rewards.findById(a.rewardId()).map(Reward::name).orElse(null),
                        a.points()));
    }

    @Transactional
    Map<String, Object> createReward(String projectId, Map<String, Object> body) {
        if (body == null || !(body.get("parameters") instanceof Map<?, ?> parameters)) {
            throw ApiException.invalidPayload("Payload should have required property 'parameters'");
        }
        Reward.Type type;
        if (parameters.get("campaign") instanceof Map<?, ?>) {
            type = Reward.Type.CAMPAIGN;
        } else if (parameters.get("coin") instanceof Map<?, ?>) {
            type = Reward.Type.COIN;
        } else if (parameters.get("product") instanceof Map<?, ?>) {
            type = Reward.Type.MATERIAL;
        } else {
            throw ApiException.invalidPayload("Property 'parameters' should have one of 'campaign', 'coin', 'product'");
        }
        Object name = body.get("name");
        Reward reward = rewards.save(new Reward(ResourceIds.reward(), projectId, name instanceof String s ? s : null,
                type, new LinkedHashMap<>(body), now()));
        return reward.response();
    }

    Map<String, Object> listRewards(String projectId, Integer limit, Integer page) {
        Paging paging = Paging.of(limit, page, 100);
        Page<Reward> found = rewards.findByProjectId(projectId, paging.pageable(
                Sort.by(Sort.Direction.DESC, Reward_.CREATED_AT, Reward_.ID)));
        return list(found.map(Reward::response).getContent(), found.getTotalElements());
    }

    Map<String, Object> getReward(String projectId, String rewardId) {
        return rewards.findByProjectIdAndId(projectId, rewardId).map(Reward::response)
                .orElseThrow(() -> ApiException.notFound("reward", rewardId));
    }

    /** {@code [{reward, parameters: {loyalty: {points}}}]}: one reward once per program (409). */
    @Transactional
    List<Map<String, Object>> assign(String projectId, String campaignId, List<Map<String, Object>> body) {
        CampaignResponse program = programs.get(projectId, campaignId);
        if (body == null || body.isEmpty()) {
            throw ApiException.invalidPayload("Payload should be a non-empty array of reward assignments");
        }
        Instant now = now();
        List<Map<String, Object>> created = new ArrayList<>();
        for (Map<String, Object> item : body) {
            String rewardId = item == null || !(item.get("reward") instanceof String s) ? null : s;
            if (rewardId == null) {
                throw ApiException.invalidPayload("Property 'reward' is required");
            }
            rewards.findByProjectIdAndId(projectId, rewardId)
                    .orElseThrow(() -> ApiException.notFound("reward", rewardId));
            Long points = points(item.get("parameters"));
            if (points == null || points < 1) {
                throw ApiException.invalidPayload("Property 'parameters.loyalty.points' should be a positive integer");
            }
            assignments.findByProjectIdAndCampaignIdAndRewardId(projectId, program.id(), rewardId).ifPresent(a -> {
                throw ApiException.duplicate("reward_assignment", "id", a.id());
            });
            created.add(assignments.saveAndFlush(new RewardAssignment(ResourceIds.rewardAssignment(), projectId,
                    rewardId, program.id(), points, now)).response());
        }
        return created;
    }

    Map<String, Object> listAssignments(String projectId, String campaignId, Integer limit, Integer page) {
        CampaignResponse program = programs.get(projectId, campaignId);
        Paging paging = Paging.of(limit, page, 100);
        Page<RewardAssignment> found = assignments.findByProjectIdAndCampaignId(projectId, program.id(),
                paging.pageable(Sort.by(Sort.Direction.DESC, RewardAssignment_.CREATED_AT, RewardAssignment_.ID)));
        return list(found.map(RewardAssignment::response).getContent(), found.getTotalElements());
    }

    Map<String, Object> getAssignment(String projectId, String campaignId, String assignmentId) {
        CampaignResponse program = programs.get(projectId, campaignId);
        return assignments.findByProjectIdAndCampaignIdAndId(projectId, program.id(), assignmentId)
                .map(RewardAssignment::response)
                .orElseThrow(() -> ApiException.notFound("reward_assignment", assignmentId));
    }

    /** Earning rules need an {@code event} (or {@code custom_event}) and a {@code loyalty} definition. */
    @Transactional
    List<Map<String, Object>> createEarningRules(String projectId, String campaignId, List<Map<String, Object>> body) {
        CampaignResponse program = programs.get(projectId, campaignId);
        if (body == null || body.isEmpty()) {
            throw ApiException.invalidPayload("Payload should be a non-empty array of earning rules");
        }
        Instant now = now();
        List<Map<String, Object>> created = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            Map<String, Object> rule = body.get(i);
            if (rule == null || !(rule.get("loyalty") instanceof Map<?, ?>)) {
                throw ApiException.invalidPayload("Property '[" + i + "].loyalty' is required");
            }
            if (rule.get("event") == null && rule.get("custom_event") == null) {
                throw ApiException.invalidPayload("Property '[" + i + "].event' is required");
            }
            Map<String, Object> definition = new LinkedHashMap<>(rule);
            boolean active = !(definition.remove("active") instanceof Boolean b) || b;
            created.add(earningRules.save(new EarningRule(ResourceIds.earningRule(), projectId, program.id(), active,
                    definition, now.plusMillis(i))).response());
        }
        return created;
    }

    Map<String, Object> listEarningRules(String projectId, String campaignId, Integer limit, Integer page) {
        CampaignResponse program = programs.get(projectId, campaignId);
        Paging paging = Paging.of(limit, page, 100);
        Page<EarningRule> found = earningRules.findByProjectIdAndCampaignId(projectId, program.id(),
                paging.pageable(Sort.by(Sort.Direction.DESC, EarningRule_.CREATED_AT, EarningRule_.ID)));
        return list(found.map(EarningRule::response).getContent(), found.getTotalElements());
    }

    Map<String, Object> getEarningRule(String projectId, String campaignId, String earningRuleId) {
        CampaignResponse program = programs.get(projectId, campaignId);
        return earningRules.findByProjectIdAndCampaignIdAndId(projectId, program.id(), earningRuleId)
                .map(EarningRule::response)
                .orElseThrow(() -> ApiException.notFound("earning_rule", earningRuleId));
    }

    private static Long points(Object parameters) {
        if (parameters instanceof Map<?, ?> p && p.get("loyalty") instanceof Map<?, ?> loyalty
                && loyalty.get("points") instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.longValue();
        }
        return null;
    }

    private static Map<String, Object> list(List<Map<String, Object>> data, long total) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("object", "list");
        body.put("data_ref", "data");
        body.put("data", data);
        body.put("total", total);
        return body;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
