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

    LoyaltyTierController(LoyaltyTierService tiers) {
        this.tiers = tiers;
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
}
