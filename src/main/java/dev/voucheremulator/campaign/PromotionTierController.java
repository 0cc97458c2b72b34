package dev.voucheremulator.campaign;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.api.query.OrderParameter;
import dev.voucheremulator.api.query.Paging;
import dev.voucheremulator.promotion.PromotionTierResponse;
import dev.voucheremulator.promotion.PromotionTierService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The tiers of PROMOTION campaigns under /v1/promotions: listed, added, read, updated, switched, deleted. */
@RestController
@RequestMapping("/v1/promotions")
@Tag(name = "Promotions")
class PromotionTierController {

    private final CampaignPromotionTiers tiers;
    private final Clock clock;

    PromotionTierController(CampaignPromotionTiers tiers, Clock clock) {
        this.tiers = tiers;
        this.clock = clock;
    }

    private static final OrderParameter<Sort> ORDERS = OrderParameter.sorts()
            .tieBreaks("id")
            .field("created_at", "createdAt")
            // tiers never updated have no updated_at: last in either direction
            .field("updated_at", "updatedAt", Sort.NullHandling.NULLS_LAST)
            .byDefault("-created_at");

    @GetMapping("/tiers")
    @Operation(operationId = "list-promotion-tiers", summary = "List Promotion Tiers")
    CampaignResponse.Tiers listAll(@Parameter(hidden = true) Project project,
                                   @RequestParam(name = "is_available", required = false) Boolean isAvailable,
                                   @RequestParam(required = false) Integer limit,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) String order) {
        Sort sort = ORDERS.parseOrDefault(order);
        PromotionTierService.TierPage found = tiers.all(project.id(), Boolean.TRUE.equals(isAvailable),
                clock.instant(), Paging.of(limit, page, 100).pageable(sort));
        return CampaignResponse.Tiers.page(found.tiers(), found.total(), found.hasMore());
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
