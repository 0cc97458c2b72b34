package dev.voucheremulator.product;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.api.query.ListEnvelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1")
@Tag(name = "Products")
class SkuController {

    private final SkuService skus;

    SkuController(SkuService skus) {
        this.skus = skus;
    }

    @PostMapping("/products/{productId}/skus")
    @Operation(operationId = "create-sku", summary = "Create SKU")
    SkuResponse create(@Parameter(hidden = true) Project project,
                       @Parameter(description = "id or source_id") @PathVariable String productId,
                       @Valid @RequestBody SkuRequest body) {
        return skus.create(project.id(), productId, body);
    }

    @GetMapping("/products/{productId}/skus")
    @Operation(operationId = "list-SKUs-in-product", summary = "List SKUs in Product")
    ListEnvelope<SkuResponse> list(
            @Parameter(hidden = true) Project project,
            @Parameter(description = "id or source_id") @PathVariable String productId,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer page,
            @Parameter(schema = @Schema(allowableValues = {"created_at", "-created_at", "updated_at", "-updated_at"},
                    defaultValue = "-created_at"))
            @RequestParam(required = false) String order,
            @Parameter(description = "created_at on or after", schema = @Schema(format = "date-time"))
            @RequestParam(name = "start_date", required = false) String startDate,
            @Parameter(description = "created_at on or before", schema = @Schema(format = "date-time"))
            @RequestParam(name = "end_date", required = false) String endDate) {
        return skus.list(project.id(), productId, ProductListQuery.of(limit, page, order, startDate, endDate));
    }

    @GetMapping("/skus/{skuId}")
    @Operation(operationId = "get-sku", summary = "Get SKU")
    SkuResponse get(@Parameter(hidden = true) Project project,
                    @Parameter(description = "id or source_id") @PathVariable String skuId) {
        return skus.get(project.id(), skuId);
    }

    @PutMapping("/products/{productId}/skus/{skuId}")
    @Operation(operationId = "update-sku", summary = "Update SKU")
    SkuResponse update(@Parameter(hidden = true) Project project, @PathVariable String productId,
                       @PathVariable String skuId, @Valid @RequestBody UpdateSkuRequest body) {
        return skus.update(project.id(), productId, skuId, body);
    }

    @DeleteMapping("/products/{productId}/skus/{skuId}")
    @Operation(operationId = "delete-sku", summary = "Delete SKU")
    ResponseEntity<Void> delete(@Parameter(hidden = true) Project project, @PathVariable String productId,
                                @PathVariable String skuId, @RequestParam(required = false) Boolean force) {
        skus.delete(project.id(), productId, skuId, Boolean.TRUE.equals(force));
        return ResponseEntity.noContent().build();
    }
}
