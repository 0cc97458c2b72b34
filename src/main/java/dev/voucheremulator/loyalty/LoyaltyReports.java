package dev.voucheremulator.loyalty;

import dev.voucheremulator.campaign.CampaignResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A loyalty program's lists, a numbered page at a time, for readers that page by number (the
 * dashboard) rather than by the API's cursors. Each item is the API's own response record written as
 * JSON, the tree a client of the matching endpoint receives, so a reader shows exactly what the API
 * answers without this module's records leaving it. Like the API's lists, these first expire the due
 * points and activate the due pending points of the program's cards (a write).
 */
@Service
@Transactional
public class LoyaltyReports {

    /** The transaction types that pay for a reward with points, and give them back on a rollback. */
    public static final List<String> REWARD_TRANSACTION_TYPES = List.of(
            LoyaltyTransaction.Type.POINTS_REDEMPTION.name(), LoyaltyTransaction.Type.POINTS_REFUND.name());

    private final LoyaltyProgramService programs;
    private final LoyaltyPointsService points;
    private final LoyaltyTierService tiers;
    private final RewardService rewards;
    private final RewardRepository rewardRepository;
    private final LoyaltyTransactionRepository transactions;
    private final PendingPointsRepository pending;
    private final PointsBucketRepository buckets;
    private final JsonMapper json;

    LoyaltyReports(LoyaltyProgramService programs, LoyaltyPointsService points, LoyaltyTierService tiers,
                   RewardService rewards, RewardRepository rewardRepository,
                   LoyaltyTransactionRepository transactions, PendingPointsRepository pending,
                   PointsBucketRepository buckets, JsonMapper json) {
        this.programs = programs;
        this.points = points;
        this.tiers = tiers;
        this.rewards = rewards;
        this.rewardRepository = rewardRepository;
        this.transactions = transactions;
        this.pending = pending;
        this.buckets = buckets;
        this.json = json;
    }

    /**
     * The program's transactions, newest first, as GET /v1/loyalties/{campaignId}/transactions lists them;
     * {@code voucherId} (optional) keeps one card's, like {@code filters[voucher_id][conditions][$is]};
     * {@code types} (optional) keeps those types only. {@code page} is 0-based.
     */
    public Page<JsonNode> transactions(String projectId, String campaignId, String voucherId, List<String> types,
                                       int page, int size) {
        String program = due(projectId, campaignId);
        Specification<LoyaltyTransaction> of = (root, q, cb) -> cb.and(
                cb.equal(root.get(LoyaltyTransaction_.projectId), projectId),
                cb.equal(root.get(LoyaltyTransaction_.campaignId), program),
                voucherId == null ? cb.conjunction() : cb.equal(root.get(LoyaltyTransaction_.voucherId), voucherId),
                types == null ? cb.conjunction() : root.get(LoyaltyTransaction_.type).in(types));
        return transactions.findAll(of, PageRequest.of(page, size,
                        Sort.by(Sort.Direction.DESC, LoyaltyTransaction_.SEQ)))
                .map(t -> tree(LoyaltyTransactionResponse.from(t)));
    }

    /** The program's pending points still waiting, newest first, as GET /v1/loyalties/{campaignId}/pending-points. */
    public Page<JsonNode> pendingPoints(String projectId, String campaignId, int page, int size) {
        String program = due(projectId, campaignId);
        return pending.findWaiting(projectId, program, PageRequest.of(page, size))
                .map(p -> tree(PendingPointsResponse.from(p)));
    }

    /**
     * The points of the program's cards still to expire, soonest first: the buckets that
     * GET /v1/loyalties/{campaignId}/members/{memberId}/points-expiration lists for each card, all cards together.
     */
    public Page<JsonNode> pointsExpiration(String projectId, String campaignId, int page, int size) {
        String program = due(projectId, campaignId);
        return buckets.findExpiringOfCampaign(projectId, program, PageRequest.of(page, size,
                        Sort.by(PointsBucket_.EXPIRES_ON, PointsBucket_.VOUCHER_ID, PointsBucket_.ID)))
                .map(b -> tree(PointsExpirationResponse.from(b)));
    }

    /** GET /v1/loyalties/{campaignId}/tiers?limit=100: the tiers, oldest first, and how many there are. */
    @Transactional(readOnly = true)
    public Page<JsonNode> tiers(String projectId, String campaignId) {
        var listed = tiers.list(projectId, campaignId, 100, null);
        return new PageImpl<>(listed.data().stream().map(this::tree).toList(),
                PageRequest.of(0, 100), listed.total());
    }

    /** GET /v1/loyalties/{campaignId}/earning-rules?limit=..&page=.. ({@code page} 1-based, as there). */
    @Transactional(readOnly = true)
    public Page<JsonNode> earningRules(String projectId, String campaignId, int page, int size) {
        var listed = rewards.listEarningRules(projectId, campaignId, size, page);
        return new PageImpl<>(listed.data().stream().map(this::tree).toList(),
                PageRequest.of(page - 1, size), listed.total());
    }

    /**
     * GET /v1/loyalties/{campaignId}/rewards?limit=..&page=.. ({@code page} 1-based): each reward
     * assignment, with the reward it offers (GET /v1/rewards/{rewardId}) under {@code reward}, if it still exists.
     */
    @Transactional(readOnly = true)
    public Page<JsonNode> rewards(String projectId, String campaignId, int page, int size) {
        var listed = rewards.listAssignments(projectId, campaignId, size, page);
        return new PageImpl<>(listed.data().stream().map(a -> {
            JsonNode assignment = tree(a);
            reward(projectId, a.rewardId()).ifPresent(r ->
                    ((ObjectNode) assignment).set("reward", r));
            return assignment;
        }).toList(), PageRequest.of(page - 1, size), listed.total());
    }

    private Optional<JsonNode> reward(String projectId, String rewardId) {
        return rewardRepository.findByProjectIdAndId(projectId, rewardId).map(r -> tree(RewardResponse.from(r)));
    }

    // the program's id (a name works too, as on the API), after its due points expired
    private String due(String projectId, String campaignId) {
        CampaignResponse program = programs.get(projectId, campaignId);
        points.expireCampaign(projectId, program.id());
        return program.id();
    }

    private JsonNode tree(Object response) {
        return json.valueToTree(response);
    }
}
