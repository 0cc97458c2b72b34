package dev.voucheremulator.loyalty;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.api.query.ListEnvelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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
class LoyaltyTierController {

    private final LoyaltyTierService tiers;
    private final LoyaltyRewardListService lists;

    LoyaltyTierController(LoyaltyTierService tiers, LoyaltyRewardListService lists) {
        this.tiers = tiers;
        this.lists = lists;
    }

    @PostMapping("/{campaignId}/tiers")
    @Operation(operationId = "create-in-bulk-loyalty-tiers", summary = "Create loyalty tiers")
    List<LoyaltyTierResponse> create(@Parameter(hidden = true) Project project, @PathVariable String campaignId,
                                     @RequestBody List<LoyaltyTierRequest> body) {
        return tiers.create(project.id(), campaignId, body);
    }

    @GetMapping("/{campaignId}/tiers")
    @Operation(operationId = "list-loyalty-tiers", summary = "List Loyalty Tiers")
    ListEnvelope<LoyaltyTierResponse> list(@Parameter(hidden = true) Project project, @PathVariable String campaignId,
                                           @RequestParam(required = false) Integer limit,
                                           @RequestParam(required = false) String order) {
        return tiers.list(project.id(), campaignId, limit, order);
    }

    @GetMapping("/{campaignId}/tiers/{loyaltyTierId}")
    @Operation(operationId = "get-loyalty-tier", summary = "Get Loyalty Tier")
    LoyaltyTierResponse get(@Parameter(hidden = true) Project project, @PathVariable String campaignId,
                            @PathVariable String loyaltyTierId) {
        return tiers.get(project.id(), campaignId, loyaltyTierId);
    }

    @GetMapping("/members/{memberId}/tiers")
    @Operation(operationId = "list-member-loyalty-tier", summary = "List Member's Loyalty Tiers")
    ListEnvelope<LoyaltyTierResponse> ofMember(@Parameter(hidden = true) Project project,
                                               @PathVariable String memberId) {
        return tiers.ofMember(project.id(), memberId);
    }

    @GetMapping("/{campaignId}/tiers/{loyaltyTierId}/earning-rules")
    @Operation(operationId = "list-loyalty-tier-earning-rules", summary = "List Loyalty Tier Earning Rules")
    ListEnvelope<EarningRuleResponse> earningRules(@Parameter(hidden = true) Project project,
                                                   @PathVariable String campaignId, @PathVariable String loyaltyTierId,
                                                   @RequestParam(required = false) Integer limit,
                                                   @RequestParam(required = false) Integer page) {
        return lists.earningRulesOfTier(project.id(), campaignId, loyaltyTierId, limit, page);
    }

    @GetMapping("/{campaignId}/tiers/{loyaltyTierId}/rewards")
    @Operation(operationId = "list-loyalty-tier-rewards", summary = "List Loyalty Tier Rewards")
    ListEnvelope<LoyaltyRewardResponse> rewards(@Parameter(hidden = true) Project project,
                                                @PathVariable String campaignId, @PathVariable String loyaltyTierId) {
        return lists.ofTier(project.id(), campaignId, loyaltyTierId);
    }

    @GetMapping("/members/{memberId}/rewards")
    @Operation(operationId = "list-member-rewards", summary = "List Member Rewards")
    ListEnvelope<LoyaltyRewardResponse> memberRewards(@Parameter(hidden = true) Project project,
                                                      @PathVariable String memberId,
                                                      @RequestParam(name = "affordable_only", required = false)
                                                      Boolean affordableOnly) {
        return lists.ofMember(project.id(), memberId, affordableOnly);
    }
}
