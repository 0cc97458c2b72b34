package dev.voucheremulator.loyalty;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.api.query.Paging;
import dev.voucheremulator.campaign.CampaignResponse;
import dev.voucheremulator.voucher.VoucherResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a member can spend points on, and what a tier changes: rewards and earning rules in context. */
@Service
@Transactional
class LoyaltyRewardListService {

    private final LoyaltyMemberService members;
    private final LoyaltyProgramService programs;
    private final LoyaltyTierRepository tiers;
    private final RewardAssignmentRepository assignments;
    private final RewardRepository rewards;
    private final EarningRuleRepository earningRules;

    LoyaltyRewardListService(LoyaltyMemberService members, LoyaltyProgramService programs,
                             LoyaltyTierRepository tiers, RewardAssignmentRepository assignments,
                             RewardRepository rewards, EarningRuleRepository earningRules) {
        this.members = members;
        this.programs = programs;
        this.tiers = tiers;
        this.assignments = assignments;
        this.rewards = rewards;
        this.earningRules = earningRules;
    }

    /** list-member-rewards: the program's rewards; {@code affordableOnly}, those the balance pays for. */
    ListEnvelope<LoyaltyRewardResponse> ofMember(String projectId, String memberId, Boolean affordableOnly) {
        VoucherResponse card = members.get(projectId, null, memberId);
        long balance = card.loyaltyCard() == null || card.loyaltyCard().balance() == null ? 0
                : card.loyaltyCard().balance();
        List<LoyaltyRewardResponse> data = assignments
                .findByProjectIdAndCampaignIdOrderByCreatedAtDescIdDesc(projectId, card.campaignId()).stream()
                .filter(a -> !Boolean.TRUE.equals(affordableOnly) || a.points() != null && a.points() <= balance)
                .map(a -> item(projectId, a, "loyalty_reward")).flatMap(Optional::stream).toList();
        return ListEnvelope.of("data", data, data.size());
    }

    /** list-loyalty-tier-rewards: the program's rewards the tier maps (by reward or assignment id). */
    ListEnvelope<LoyaltyRewardResponse> ofTier(String projectId, String campaignId, String tierId) {
        CampaignResponse program = programs.get(projectId, campaignId);
        LoyaltyTier tier = tier(projectId, program, tierId);
        Map<String, MappingPoints> mapped = tier.definition() == null ? null : tier.definition().rewards();
        List<LoyaltyRewardResponse> data = mapped == null ? List.of() : assignments
                .findByProjectIdAndCampaignIdOrderByCreatedAtDescIdDesc(projectId, program.id()).stream()
                .filter(a -> mapped.containsKey(a.id()) || mapped.containsKey(a.rewardId()))
                .map(a -> item(projectId, a, "loyalty_tier_reward")).flatMap(Optional::stream).toList();
        return ListEnvelope.of("data", data, data.size());
    }

    /** list-loyalty-tier-earning-rules: the program's earning rules the tier maps, newest first. */
    ListEnvelope<EarningRuleResponse> earningRulesOfTier(String projectId, String campaignId, String tierId,
                                                         Integer limit, Integer page) {
        Paging paging = Paging.of(limit, page, 100);
        CampaignResponse program = programs.get(projectId, campaignId);
        LoyaltyTier tier = tier(projectId, program, tierId);
        Map<String, MappingPoints> mapped = tier.definition() == null ? null : tier.definition().earningRules();
        List<EarningRuleResponse> all = mapped == null ? List.of() : earningRules.findAllById(mapped.keySet()).stream()
                .filter(r -> program.id().equals(r.campaignId()))
                .sorted(java.util.Comparator.comparing(EarningRule::createdAt).thenComparing(EarningRule::id).reversed())
                .map(EarningRuleResponse::from).toList();
        int from = Math.min(all.size(), (paging.page() - 1) * paging.limit());
        return ListEnvelope.of("data", all.subList(from, Math.min(all.size(), from + paging.limit())), all.size());
    }

    private Optional<LoyaltyRewardResponse> item(String projectId, RewardAssignment assignment, String object) {
        return rewards.findByProjectIdAndId(projectId, assignment.rewardId()).map(reward -> new LoyaltyRewardResponse(
                RewardResponse.from(reward), RewardAssignmentResponse.from(assignment), object));
    }

    private LoyaltyTier tier(String projectId, CampaignResponse program, String tierId) {
        return tiers.findByProjectIdAndCampaignIdAndId(projectId, program.id(), tierId)
                .orElseThrow(() -> ApiException.notFound("loyalty_tier", tierId));
    }
}
