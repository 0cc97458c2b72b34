package dev.voucheremulator.loyalty;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.api.query.ListEnvelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Rewards, reward assignments and earning rules: stored as sent and echoed. */
@RestController
@Tag(name = "Loyalties")
class RewardController {

    private final RewardService rewards;

    RewardController(RewardService rewards) {
        this.rewards = rewards;
    }

    @PostMapping("/v1/rewards")
    @Operation(operationId = "create-reward", summary = "Create Reward")
    RewardResponse createReward(@Parameter(hidden = true) Project project, @RequestBody CreateRewardRequest body) {
        return rewards.createReward(project.id(), body);
    }

    @GetMapping("/v1/rewards")
    @Operation(operationId = "list-rewards", summary = "List Rewards")
    ListEnvelope<RewardResponse> listRewards(@Parameter(hidden = true) Project project,
                                             @RequestParam(required = false) Integer limit,
                                             @RequestParam(required = false) Integer page) {
        return rewards.listRewards(project.id(), limit, page);
    }

    @GetMapping("/v1/rewards/{rewardId}")
    @Operation(operationId = "get-reward", summary = "Get Reward")
    RewardResponse getReward(@Parameter(hidden = true) Project project, @PathVariable String rewardId) {
        return rewards.getReward(project.id(), rewardId);
    }

    @PutMapping("/v1/rewards/{rewardId}")
    @Operation(operationId = "update-reward", summary = "Update Reward")
    RewardResponse updateReward(@Parameter(hidden = true) Project project, @PathVariable String rewardId,
                                @RequestBody UpdateRewardRequest body) {
        return rewards.updateReward(project.id(), rewardId, body);
    }

    @DeleteMapping("/v1/rewards/{rewardId}")
    @Operation(operationId = "delete-reward", summary = "Delete Reward")
    ResponseEntity<Void> deleteReward(@Parameter(hidden = true) Project project, @PathVariable String rewardId) {
        rewards.deleteReward(project.id(), rewardId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/v1/loyalties/{campaignId}/rewards")
    @Operation(operationId = "create-reward-assignment-1", summary = "Create loyalty reward assignment")
    Object assign(@Parameter(hidden = true) Project project, @PathVariable String campaignId,
                  @RequestBody List<CreateRewardAssignmentRequest> body) {
        List<RewardAssignmentResponse> created = rewards.assign(project.id(), campaignId, body);
        // The schema answers one RewardAssignment, the example an array: one item follows the schema.
        return created.size() == 1 ? created.get(0) : created;
    }

    @GetMapping("/v1/loyalties/{campaignId}/rewards")
    @Operation(operationId = "list-reward-assignments-2", summary = "List Loyalty Reward Assignments")
    ListEnvelope<RewardAssignmentResponse> assignments(@Parameter(hidden = true) Project project,
                                                       @PathVariable String campaignId,
                                                       @RequestParam(required = false) Integer limit,
                                                       @RequestParam(required = false) Integer page) {
        return rewards.listAssignments(project.id(), campaignId, limit, page);
    }

    @GetMapping("/v1/loyalties/{campaignId}/rewards/{assignmentId}")
    @Operation(operationId = "get-reward-assignment-2", summary = "Get Loyalty Reward Assignment")
    RewardAssignmentResponse assignment(@Parameter(hidden = true) Project project, @PathVariable String campaignId,
                                        @PathVariable String assignmentId) {
        return rewards.getAssignment(project.id(), campaignId, assignmentId);
    }

    @PostMapping("/v1/loyalties/{campaignId}/earning-rules")
    @Operation(operationId = "create-earning-rule", summary = "Create Earning Rule")
    List<EarningRuleResponse> createEarningRules(@Parameter(hidden = true) Project project,
                                                 @PathVariable String campaignId,
                                                 @RequestBody List<CreateEarningRuleRequest> body) {
        return rewards.createEarningRules(project.id(), campaignId, body);
    }

    @GetMapping("/v1/loyalties/{campaignId}/earning-rules")
    @Operation(operationId = "list-earning-rules", summary = "List Earning Rules")
    ListEnvelope<EarningRuleResponse> earningRules(@Parameter(hidden = true) Project project,
                                                   @PathVariable String campaignId,
                                                   @RequestParam(required = false) Integer limit,
                                                   @RequestParam(required = false) Integer page) {
        return rewards.listEarningRules(project.id(), campaignId, limit, page);
    }

    @GetMapping("/v1/loyalties/{campaignId}/earning-rules/{earningRuleId}")
    @Operation(operationId = "get-earning-rule", summary = "Get Earning Rule")
    EarningRuleResponse earningRule(@Parameter(hidden = true) Project project, @PathVariable String campaignId,
                                    @PathVariable String earningRuleId) {
        return rewards.getEarningRule(project.id(), campaignId, earningRuleId);
    }
}
