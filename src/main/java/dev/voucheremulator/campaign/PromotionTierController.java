package dev.voucheremulator.campaign;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.promotion.PromotionTierResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tiers of PROMOTION campaigns under /v1/promotions: listed, added, read, updated, switched, deleted. */
@RestController
@RequestMapping("/v1/promotions")
@Tag(name = "Promotions")
class PromotionTierController {

    private final CampaignPromotionTiers tiers;

    PromotionTierController(CampaignPromotionTiers tiers) {
        this.tiers = tiers;
    }

    @GetMapping("/{campaignId}/tiers")
    @Operation(operationId = "list-promotion-tiers-from-campaign", summary = "List Promotion Tiers from Campaign")
    CampaignResponse.Tiers list(@Parameter(hidden = true) Project project, @PathVariable String campaignId) {
        return CampaignResponse.Tiers.of(tiers.list(project.id(), campaignId));
    }

    @PostMapping("/{campaignId}/tiers")
    @Operation(operationId = "add-promotion-tier-to-campaign", summary = "Add Promotion Tier to Campaign")
    PromotionTierResponse add(@Parameter(hidden = true) Project project, @PathVariable String campaignId,
                              @Valid @RequestBody CreateCampaignRequest.PromotionTierRequest body) {
        return tiers.add(project.id(), campaignId, body);
    }

    @GetMapping("/tiers/{promotionTierId}")
    @Operation(operationId = "get-promotion-tier", summary = "Get Promotion Tier")
    PromotionTierResponse get(@Parameter(hidden = true) Project project, @PathVariable String promotionTierId) {
        return tiers.get(project.id(), promotionTierId);
    }

    @PutMapping("/tiers/{promotionTierId}")
    @Operation(operationId = "update-promotion-tier", summary = "Update Promotion Tier")
    PromotionTierResponse update(@Parameter(hidden = true) Project project, @PathVariable String promotionTierId,
                                 @Valid @RequestBody UpdatePromotionTierRequest body) {
        return tiers.update(project.id(), promotionTierId, body);
    }

    @DeleteMapping("/tiers/{promotionTierId}")
    @Operation(operationId = "delete-promotion-tier", summary = "Delete Promotion Tier")
    ResponseEntity<Void> delete(@Parameter(hidden = true) Project project, @PathVariable String promotionTierId) {
        tiers.delete(project.id(), promotionTierId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/tiers/{promotionTierId}/enable")
    @Operation(operationId = "enable-promotion-tier", summary = "Enable Promotion Tier")
    PromotionTierResponse enable(@Parameter(hidden = true) Project project, @PathVariable String promotionTierId) {
        return tiers.enable(project.id(), promotionTierId, true);
    }

    @PostMapping("/tiers/{promotionTierId}/disable")
    @Operation(operationId = "disable-promotion-tier", summary = "Disable Promotion Tier")
    PromotionTierResponse disable(@Parameter(hidden = true) Project project, @PathVariable String promotionTierId) {
        return tiers.enable(project.id(), promotionTierId, false);
    }
}
