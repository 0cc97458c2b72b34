package dev.voucheremulator.loyalty;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.api.query.QueryString;
import dev.voucheremulator.voucher.VoucherResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/loyalties")
@Tag(name = "Loyalties")
class LoyaltyMemberController {

    private final LoyaltyMemberService members;

    LoyaltyMemberController(LoyaltyMemberService members) {
        this.members = members;
    }

    @PostMapping("/{campaignId}/members")
    @Operation(operationId = "add-member", summary = "Add Member")
    VoucherResponse add(@Parameter(hidden = true) Project project, @PathVariable String campaignId,
                        @RequestBody(required = false) AddMemberRequest body) {
        return members.add(project.id(), campaignId, body);
    }

    @GetMapping("/{campaignId}/members")
    @Operation(operationId = "list-members", summary = "List Members")
    ListEnvelope<VoucherResponse> list(@Parameter(hidden = true) Project project, @PathVariable String campaignId,
                                       @RequestParam(required = false) Integer limit,
                                       @RequestParam(required = false) Integer page) {
        return members.list(project.id(), campaignId, limit, page);
    }

    @GetMapping("/{campaignId}/members/{memberId}")
    @Operation(operationId = "get-member-1", summary = "Get Member with Loyalty Campaign ID")
    VoucherResponse get(@Parameter(hidden = true) Project project, @PathVariable String campaignId,
                        @PathVariable String memberId) {
        return members.get(project.id(), campaignId, memberId);
    }

    @GetMapping("/members/{memberId}")
    @Operation(operationId = "get-member", summary = "Get Member")
    VoucherResponse get(@Parameter(hidden = true) Project project, @PathVariable String memberId) {
        return members.get(project.id(), null, memberId);
    }

    @PostMapping("/{campaignId}/members/{memberId}/balance")
    @Operation(operationId = "update-loyalty-card-balance-1", summary = "Add or Remove Loyalty Card Balance")
    BalanceResponse balance(@Parameter(hidden = true) Project project, @PathVariable String campaignId,
                            @PathVariable String memberId,
                            @RequestBody(required = false) BalanceUpdateRequest body) {
        return members.updateBalance(project.id(), campaignId, memberId, body);
    }

    @PostMapping("/members/{memberId}/balance")
    @Operation(operationId = "update-loyalty-card-balance", summary = "Add or Remove Loyalty Card Balance")
    BalanceResponse balance(@Parameter(hidden = true) Project project, @PathVariable String memberId,
                            @RequestBody(required = false) BalanceUpdateRequest body) {
        return members.updateBalance(project.id(), null, memberId, body);
    }

    @GetMapping("/{campaignId}/members/{memberId}/transactions")
    @Operation(operationId = "list-loyalty-card-transactions-1", summary = "List Loyalty Card Transactions")
    ListEnvelope<LoyaltyTransactionResponse> memberTransactions(
            @Parameter(hidden = true) Project project, @PathVariable String campaignId, @PathVariable String memberId,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String order,
            @RequestParam(name = "starting_after_id", required = false) String startingAfterId,
            @Parameter(hidden = true) QueryString query) {
        return members.transactions(project.id(), campaignId, memberId, limit, order, startingAfterId,
                LoyaltyTransactionFilters.MEMBER.read(query));
    }

    @GetMapping("/members/{memberId}/transactions")
    @Operation(operationId = "list-loyalty-card-transactions", summary = "List Loyalty Card Transactions")
    ListEnvelope<LoyaltyTransactionResponse> memberTransactions(
            @Parameter(hidden = true) Project project, @PathVariable String memberId,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String order,
            @RequestParam(name = "starting_after_id", required = false) String startingAfterId,
            @Parameter(hidden = true) QueryString query) {
        return members.transactions(project.id(), null, memberId, limit, order, startingAfterId,
                LoyaltyTransactionFilters.MEMBER.read(query));
    }

    @GetMapping("/{campaignId}/transactions")
    @Operation(operationId = "list-loyalty-campaign-transactions", summary = "List Loyalty Campaign Transactions")
    ListEnvelope<LoyaltyTransactionResponse> campaignTransactions(
            @Parameter(hidden = true) Project project, @PathVariable String campaignId,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String order,
            @RequestParam(name = "starting_after_id", required = false) String startingAfterId,
            @Parameter(hidden = true) QueryString query) {
        return members.transactions(project.id(), campaignId, null, limit, order, startingAfterId,
                LoyaltyTransactionFilters.CAMPAIGN.read(query));
    }
}
