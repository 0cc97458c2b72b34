package dev.voucheremulator.loyalty;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.ids.ResourceIds;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.api.query.Paging;
import dev.voucheremulator.campaign.CampaignResponse;
import dev.voucheremulator.campaign.CampaignService;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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
    private final CampaignService campaigns;
    private final Clock clock;

    RewardService(RewardRepository rewards, RewardAssignmentRepository assignments,
                  EarningRuleRepository earningRules, LoyaltyProgramService programs, CampaignService campaigns,
                  Clock clock) {
        this.rewards = rewards;
        this.assignments = assignments;
        this.earningRules = earningRules;
        this.programs = programs;
        this.campaigns = campaigns;
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
    RewardResponse createReward(String projectId, CreateRewardRequest body) {
        if (body.parameters() == null) {
            throw ApiException.invalidPayload("Payload should have required property 'parameters'");
        }
        Reward.Type type = body.parameters().type().orElseThrow(() -> ApiException.invalidPayload(
                "Property 'parameters' should have one of 'campaign', 'coin', 'product'"));
        Reward.Definition definition = new Reward.Definition(checked(projectId, body.parameters()), body.stock(),
                body.attributes(), body.metadata());
        return RewardResponse.from(rewards.save(new Reward(ResourceIds.reward(), projectId, body.name(), type,
                definition, now())));
    }

    /** PUT /v1/rewards/{rewardId}: new parameters must keep the reward's type. */
    @Transactional
    RewardResponse updateReward(String projectId, String rewardId, UpdateRewardRequest body) {
        Reward reward = rewards.findByProjectIdAndId(projectId, rewardId)
                .orElseThrow(() -> ApiException.notFound("reward", rewardId));
        Reward.Definition d = reward.definition();
        RewardParameters parameters = d.parameters();
        if (body.parameters() != null) {
            if (body.parameters().type().filter(t -> t == reward.type()).isEmpty()) {
                throw ApiException.invalidPayload("Property 'parameters' should describe a " + reward.type()
                        + " reward: a reward keeps its type");
            }
            parameters = checked(projectId, body.parameters());
        }
        Reward.Definition changed = new Reward.Definition(parameters, body.stock().orElse(d.stock()),
                body.attributes().orElse(d.attributes()), body.metadata().orElse(d.metadata()));
        reward.redefine(body.name() != null ? body.name() : reward.name(), changed, now());
        return RewardResponse.from(rewards.saveAndFlush(reward));
    }

    /** DELETE /v1/rewards/{rewardId}: the reward and the programs' assignments of it. */
    @Transactional
    void deleteReward(String projectId, String rewardId) {
        Reward reward = rewards.findByProjectIdAndId(projectId, rewardId)
                .orElseThrow(() -> ApiException.notFound("reward", rewardId));
        assignments.deleteByProjectIdAndRewardId(projectId, reward.id());
        rewards.delete(reward);
    }

    /** Coin ratios as numbers; the campaign a digital reward gives must exist, and the reward shows its type. */
    private RewardParameters checked(String projectId, RewardParameters parameters) {
        if (parameters.coin() != null) {
            parameters = parameters.withCoin(parameters.coin().checked());
        }
        if (parameters.campaign() != null) {
            RewardParameters.Campaign given = parameters.campaign();
            if (given.id() == null) {
                throw ApiException.invalidPayload("Payload should have required property 'parameters.campaign.id'");
            }
            CampaignResponse campaign = campaigns.findById(projectId, given.id())
                    .orElseThrow(() -> ApiException.notFound("campaign", given.id()));
            parameters = parameters.withCampaign(new RewardParameters.Campaign(campaign.id(), given.balance(),
                    campaign.campaignType()));
        }
        return parameters;
    }

    ListEnvelope<RewardResponse> listRewards(String projectId, Integer limit, Integer page) {
        Page<Reward> found = rewards.findByProjectId(projectId, Paging.of(limit, page, 100)
                .pageable(Sort.by(Sort.Direction.DESC, Reward_.CREATED_AT, Reward_.ID)));
        return ListEnvelope.of("data", found.map(RewardResponse::from).getContent(), found.getTotalElements());
    }

    RewardResponse getReward(String projectId, String rewardId) {
        return rewards.findByProjectIdAndId(projectId, rewardId).map(RewardResponse::from)
                .orElseThrow(() -> ApiException.notFound("reward", rewardId));
    }

    /** {@code [{reward, parameters: {loyalty: {points}}}]}: one reward once per program (409). */
    @Transactional
    List<RewardAssignmentResponse> assign(String projectId, String campaignId,
                                          List<CreateRewardAssignmentRequest> body) {
        CampaignResponse program = programs.get(projectId, campaignId);
        if (body == null || body.isEmpty()) {
            throw ApiException.invalidPayload("Payload should be a non-empty array of reward assignments");
        }
        Instant now = now();
        List<RewardAssignmentResponse> created = new ArrayList<>();
        for (CreateRewardAssignmentRequest item : body) {
            String rewardId = item == null ? null : item.reward();
            if (rewardId == null) {
                throw ApiException.invalidPayload("Property 'reward' is required");
            }
            rewards.findByProjectIdAndId(projectId, rewardId)
                    .orElseThrow(() -> ApiException.notFound("reward", rewardId));
            Long points = item.points();
            if (points == null || points < 1) {
                throw ApiException.invalidPayload("Property 'parameters.loyalty.points' should be a positive integer");
            }
            assignments.findByProjectIdAndCampaignIdAndRewardId(projectId, program.id(), rewardId).ifPresent(a -> {
                throw ApiException.duplicate("reward_assignment", "id", a.id());
            });
            created.add(RewardAssignmentResponse.from(assignments.saveAndFlush(new RewardAssignment(
                    ResourceIds.rewardAssignment(), projectId, rewardId, program.id(), points, now))));
        }
        return created;
    }

    ListEnvelope<RewardAssignmentResponse> listAssignments(String projectId, String campaignId, Integer limit,
                                                           Integer page) {
        CampaignResponse program = programs.get(projectId, campaignId);
        Page<RewardAssignment> found = assignments.findByProjectIdAndCampaignId(projectId, program.id(),
                Paging.of(limit, page, 100).pageable(Sort.by(Sort.Direction.DESC, RewardAssignment_.CREATED_AT,
                        RewardAssignment_.ID)));
        return ListEnvelope.of("data", found.map(RewardAssignmentResponse::from).getContent(),
                found.getTotalElements());
    }

    RewardAssignmentResponse getAssignment(String projectId, String campaignId, String assignmentId) {
        CampaignResponse program = programs.get(projectId, campaignId);
        return assignments.findByProjectIdAndCampaignIdAndId(projectId, program.id(), assignmentId)
                .map(RewardAssignmentResponse::from)
                .orElseThrow(() -> ApiException.notFound("reward_assignment", assignmentId));
    }

    /** Earning rules need an {@code event} (or {@code custom_event}) and a {@code loyalty} definition. */
    @Transactional
    List<EarningRuleResponse> createEarningRules(String projectId, String campaignId,
                                                 List<CreateEarningRuleRequest> body) {
        CampaignResponse program = programs.get(projectId, campaignId);
        if (body == null || body.isEmpty()) {
            throw ApiException.invalidPayload("Payload should be a non-empty array of earning rules");
        }
        Instant now = now();
        List<EarningRuleResponse> created = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            CreateEarningRuleRequest rule = body.get(i);
            if (rule == null || rule.loyalty() == null) {
                throw ApiException.invalidPayload("Property '[" + i + "].loyalty' is required");
            }
            if (rule.event() == null && rule.customEvent() == null) {
                throw ApiException.invalidPayload("Property '[" + i + "].event' is required");
            }
            boolean active = rule.active() == null || rule.active();
            created.add(EarningRuleResponse.from(earningRules.save(new EarningRule(ResourceIds.earningRule(),
                    projectId, program.id(), active, rule.definition(), now.plusMillis(i)))));
        }
        return created;
    }

    ListEnvelope<EarningRuleResponse> listEarningRules(String projectId, String campaignId, Integer limit,
                                                       Integer page) {
        CampaignResponse program = programs.get(projectId, campaignId);
        Page<EarningRule> found = earningRules.findByProjectIdAndCampaignId(projectId, program.id(),
                Paging.of(limit, page, 100).pageable(Sort.by(Sort.Direction.DESC, EarningRule_.CREATED_AT,
                        EarningRule_.ID)));
        return ListEnvelope.of("data", found.map(EarningRuleResponse::from).getContent(), found.getTotalElements());
    }

    EarningRuleResponse getEarningRule(String projectId, String campaignId, String earningRuleId) {
        CampaignResponse program = programs.get(projectId, campaignId);
        return earningRules.findByProjectIdAndCampaignIdAndId(projectId, program.id(), earningRuleId)
                .map(EarningRuleResponse::from)
                .orElseThrow(() -> ApiException.notFound("earning_rule", earningRuleId));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
