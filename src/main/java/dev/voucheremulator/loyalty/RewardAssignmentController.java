package dev.voucheremulator.loyalty;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.api.query.ListEnvelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Reward assignments: changed and withdrawn, and the /reward-assignments paths that read them too. */
@RestController
@RequestMapping("/v1/loyalties/{campaignId}")
@Tag(name = "Loyalties")
class RewardAssignmentController {

    private final RewardAssignmentService assignments;
    private final RewardService rewards;

    RewardAssignmentController(RewardAssignmentService assignments, RewardService rewards) {
        this.assignments = assignments;
        this.rewards = rewards;
    }

    @PutMapping("/rewards/{assignmentId}")
    @Operation(operationId = "update-reward-assignment-1", summary = "Update Loyalty Reward Assignment")
    RewardAssignmentResponse update(@Parameter(hidden = true) Project project, @PathVariable String campaignId,
                                    @PathVariable String assignmentId,
                                    @RequestBody(required = false) UpdateRewardAssignmentRequest body) {
        return assignments.update(project.id(), campaignId, assignmentId, body);
    }

    @DeleteMapping("/rewards/{assignmentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "delete-reward-assignment-1", summary = "Delete Loyalty Reward Assignment")
    void delete(@Parameter(hidden = true) Project project, @PathVariable String campaignId,
                @PathVariable String assignmentId) {
        assignments.delete(project.id(), campaignId, assignmentId);
    }

    @GetMapping("/reward-assignments")
    @Operation(operationId = "list-reward-assignments-1", summary = "List Reward Assignments")
    ListEnvelope<RewardAssignmentResponse> list(@Parameter(hidden = true) Project project,
                                                @PathVariable String campaignId,
                                                @RequestParam(required = false) Integer limit,
                                                @RequestParam(required = false) Integer page) {
        return rewards.listAssignments(project.id(), campaignId, limit, page);
    }

    @GetMapping("/reward-assignments/{assignmentId}")
    @Operation(operationId = "get-reward-assignment-1", summary = "Get Reward Assignment")
    RewardAssignmentResponse get(@Parameter(hidden = true) Project project, @PathVariable String campaignId,
                                 @PathVariable String assignmentId) {
        return rewards.getAssignment(project.id(), campaignId, assignmentId);
    }

    @GetMapping("/reward-assignments/{assignmentId}/reward")
    @Operation(operationId = "get-reward-details", summary = "Get Reward Details")
    RewardResponse reward(@Parameter(hidden = true) Project project, @PathVariable String campaignId,
                          @PathVariable String assignmentId) {
        return rewards.getReward(project.id(), rewards.getAssignment(project.id(), campaignId, assignmentId).rewardId());
    }
}
