package dev.voucheremulator.loyalty;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.api.query.ListEnvelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A member's card beyond its balance: points transfers, pending points and activity. */
@RestController
@RequestMapping("/v1/loyalties")
@Tag(name = "Loyalties")
class LoyaltyCardController {

    private final PointsTransferService transfers;
    private final PendingPointsService pending;
    private final MemberActivityService activity;

    LoyaltyCardController(PointsTransferService transfers, PendingPointsService pending,
                          MemberActivityService activity) {
        this.transfers = transfers;
        this.pending = pending;
        this.activity = activity;
    }

    @PostMapping("/{campaignId}/members/{memberId}/transfers")
    @Operation(operationId = "transfer-points", summary = "Transfer Loyalty Points")
    TransferResponse transfer(@Parameter(hidden = true) Project project, @PathVariable String campaignId,
                              @PathVariable String memberId,
                              @RequestBody(required = false) List<TransferPointsRequest> body) {
        return TransferResponse.of(transfers.transfer(project.id(), campaignId, memberId, body));
    }

    @GetMapping("/{campaignId}/pending-points")
    @Operation(operationId = "list-campaign-pending-points", summary = "List Campaign Pending Points")
    ListEnvelope<PendingPointsResponse> campaignPending(
            @Parameter(hidden = true) Project project, @PathVariable String campaignId,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String order,
            @RequestParam(name = "starting_after_id", required = false) String startingAfterId) {
        return pending.list(project.id(), campaignId, null, limit, order, startingAfterId);
    }

    @GetMapping("/{campaignId}/members/{memberId}/pending-points")
    @Operation(operationId = "list-member-pending-points-1", summary = "List Member Pending Points")
    ListEnvelope<PendingPointsResponse> memberPending(
            @Parameter(hidden = true) Project project, @PathVariable String campaignId, @PathVariable String memberId,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String order,
            @RequestParam(name = "starting_after_id", required = false) String startingAfterId) {
        return pending.list(project.id(), campaignId, memberId, limit, order, startingAfterId);
    }

    @GetMapping("/members/{memberId}/pending-points")
    @Operation(operationId = "list-member-pending-points", summary = "List Member Pending Points")
    ListEnvelope<PendingPointsResponse> memberPending(
            @Parameter(hidden = true) Project project, @PathVariable String memberId,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String order,
            @RequestParam(name = "starting_after_id", required = false) String startingAfterId) {
        return pending.list(project.id(), null, memberId, limit, order, startingAfterId);
    }

    @PostMapping("/members/{memberId}/pending-points/{pendingPointsId}/activate")
    @Operation(operationId = "activate-member-pending-points", summary = "Activate Member Pending Points")
    BalanceResponse activate(@Parameter(hidden = true) Project project, @PathVariable String memberId,
                             @PathVariable String pendingPointsId) {
        return pending.activate(project.id(), memberId, pendingPointsId);
    }

    @PostMapping("/members/{memberId}/pending-points/{pendingPointsId}/cancel")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "cancel-member-pending-points", summary = "Cancel Member Pending Points")
    void cancel(@Parameter(hidden = true) Project project, @PathVariable String memberId,
                @PathVariable String pendingPointsId) {
        pending.cancel(project.id(), memberId, pendingPointsId);
    }

    @PostMapping("/members/{memberId}/pending-points/{pendingPointsId}/balance")
    @Operation(operationId = "adjust-member-pending-points", summary = "Adjust Member Pending Points")
    PendingBalanceResponse adjust(@Parameter(hidden = true) Project project, @PathVariable String memberId,
                                  @PathVariable String pendingPointsId,
                                  @RequestBody(required = false) PendingBalanceRequest body) {
        return pending.adjust(project.id(), memberId, pendingPointsId, body);
    }

    @GetMapping("/{campaignId}/members/{memberId}/activity")
    @Operation(operationId = "list-member-activity-1", summary = "List Member Activity")
    ListEnvelope<MemberActivityResponse> activity(
            @Parameter(hidden = true) Project project, @PathVariable String campaignId, @PathVariable String memberId,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String order,
            @RequestParam(name = "starting_after_id", required = false) String startingAfterId) {
        return activity.list(project.id(), campaignId, memberId, limit, order, startingAfterId);
    }

    @GetMapping("/members/{memberId}/activity")
    @Operation(operationId = "list-member-activity", summary = "List Member Activity")
    ListEnvelope<MemberActivityResponse> activity(
            @Parameter(hidden = true) Project project, @PathVariable String memberId,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String order,
            @RequestParam(name = "starting_after_id", required = false) String startingAfterId) {
        return activity.list(project.id(), null, memberId, limit, order, startingAfterId);
    }

    @GetMapping("/{campaignId}/members/{memberId}/points-expiration")
    @Operation(operationId = "list-points-expiration", summary = "List Loyalty Card Point Expiration")
    ListEnvelope<PointsExpirationResponse> pointsExpiration(
            @Parameter(hidden = true) Project project, @PathVariable String campaignId, @PathVariable String memberId,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer page) {
        return activity.pointsExpiration(project.id(), campaignId, memberId, limit, page);
    }
}
