package dev.voucheremulator.loyalty;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.campaign.CampaignResponse;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A program's reward assignment after it was created: its price changed, or the reward withdrawn. */
@Service
@Transactional
class RewardAssignmentService {

    private final RewardAssignmentRepository assignments;
    private final LoyaltyProgramService programs;
    private final Clock clock;

    RewardAssignmentService(RewardAssignmentRepository assignments, LoyaltyProgramService programs, Clock clock) {
        this.assignments = assignments;
        this.programs = programs;
        this.clock = clock;
    }

    RewardAssignmentResponse update(String projectId, String campaignId, String assignmentId,
                                    UpdateRewardAssignmentRequest body) {
        if (body == null) {
            throw ApiException.invalidPayload("The request body should be a JSON object");
        }
        RewardAssignment assignment = find(projectId, campaignId, assignmentId);
        if (body.changesPrice()) {
            Long points = body.points();
            if (points == null || points < 1) {
                throw ApiException.invalidPayload("Property 'parameters.loyalty.points' should be a positive integer");
            }
            assignment.price(points, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        }
        return RewardAssignmentResponse.from(assignments.saveAndFlush(assignment));
    }

    void delete(String projectId, String campaignId, String assignmentId) {
        assignments.delete(find(projectId, campaignId, assignmentId));
    }

    private RewardAssignment find(String projectId, String campaignId, String assignmentId) {
        CampaignResponse program = programs.get(projectId, campaignId);
        return assignments.findByProjectIdAndCampaignIdAndId(projectId, program.id(), assignmentId)
                .orElseThrow(() -> ApiException.notFound("reward_assignment", assignmentId));
    }
}
