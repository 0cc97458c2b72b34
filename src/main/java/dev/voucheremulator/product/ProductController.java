package dev.voucheremulator.product;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.asyncaction.AsyncActionService.Accepted;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
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
@RequestMapping("/v1/products")
@Tag(name = "Products")
class ProductController {

    private final ProductService products;

    ProductController(ProductService products) {
        this.products = products;
    }

    @PostMapping
    @Operation(operationId = "create-product", summary = "Create Product")
    ProductResponse create(@Parameter(hidden = true) Project project, @Valid @RequestBody ProductRequest body) {
        return products.create(project.id(), body);
    }

    @GetMapping
    @Operation(operationId = "list-products", summary = "List Products")
    ListEnvelope<ProductResponse> list(
            @Parameter(hidden = true) Project project,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer page,
            @Parameter(schema = @Schema(allowableValues = {"created_at", "-created_at", "updated_at", "-updated_at"},
                    defaultValue = "-created_at"))
            @RequestParam(required = false) String order,
            @Parameter(description = "created_at on or after", schema = @Schema(format = "date-time"))
            @RequestParam(name = "start_date", required = false) String startDate,
            @Parameter(description = "created_at on or before", schema = @Schema(format = "date-time"))
            @RequestParam(name = "end_date", required = false) String endDate) {
        return products.list(project.id(), ProductListQuery.of(limit, page, order, startDate, endDate));
    }

    @GetMapping("/{productId}")
    @Operation(operationId = "get-product", summary = "Get Product")
    ProductResponse get(@Parameter(hidden = true) Project project,
                        @Parameter(description = "id or source_id") @PathVariable String productId) {
        return products.get(project.id(), productId);
    }

    @PutMapping("/{productId}")
    @Operation(operationId = "update-product", summary = "Update Product")
    ProductResponse update(@Parameter(hidden = true) Project project,
                           @Parameter(description = "id or source_id") @PathVariable String productId,
                           @Valid @RequestBody UpdateProductRequest body) {
        return products.update(project.id(), productId, body);
    }

    @DeleteMapping("/{productId}")
    @Operation(operationId = "delete-product", summary = "Delete Product")
    ResponseEntity<Void> delete(@Parameter(hidden = true) Project project,
                                @Parameter(description = "id or source_id") @PathVariable String productId,
                                @RequestParam(required = false) Boolean force) {
        products.delete(project.id(), productId, Boolean.TRUE.equals(force));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/bulk/async")
    @Operation(operationId = "update-products-in-bulk", summary = "Update Products in Bulk")
    ResponseEntity<Accepted> bulkUpdate(@Parameter(hidden = true) Project project,
                                        @RequestBody List<BulkProductRequest> body) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(products.bulkUpdate(project.id(), body));
    }

    @PostMapping("/metadata/async")
    @Operation(operationId = "update-products-metadata-in-bulk", summary = "Update Products' Metadata in Bulk")
    ResponseEntity<Accepted> updateMetadata(@Parameter(hidden = true) Project project,
                                            @Valid @RequestBody ProductsMetadataRequest body) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(products.updateMetadata(project.id(), body));
    }
}
