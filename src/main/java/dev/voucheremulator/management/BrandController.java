package dev.voucheremulator.management;

import dev.voucheremulator.api.auth.ManagementAccount;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.management.BrandBodies.BrandRequest;
import dev.voucheremulator.management.BrandBodies.BrandResponse;
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

@RestController
@RequestMapping("/management/v1/projects/{projectId}/branding")
@Tag(name = "Management")
class BrandController {

    private final BrandService service;

    BrandController(BrandService service) {
        this.service = service;
    }

    @PostMapping
    @Operation(operationId = "create-brand", summary = "Create Brand")
    BrandResponse create(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId,
            @Valid @RequestBody BrandRequest body) {
        return service.create(account.id(), projectId, body);
    }

    @GetMapping
    @Operation(operationId = "list-brands", summary = "List Brands")
    ListEnvelope<BrandResponse> list(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId) {
        return service.list(account.id(), projectId);
    }

    @GetMapping("/{brandingId}")
    @Operation(operationId = "get-brand", summary = "Get Brand")
    BrandResponse get(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId,
            @PathVariable String brandingId) {
        return service.get(account.id(), projectId, brandingId);
    }

    @PutMapping("/{brandingId}")
    @Operation(operationId = "update-brand", summary = "Update Brand")
    BrandResponse update(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId,
            @PathVariable String brandingId, @Valid @RequestBody BrandRequest body) {
        return service.update(account.id(), projectId, brandingId, body);
    }

    @DeleteMapping("/{brandingId}")
    @Operation(operationId = "delete-brand", summary = "Delete Brand")
    ResponseEntity<Void> delete(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId,
            @PathVariable String brandingId) {
        service.delete(account.id(), projectId, brandingId);
        return ResponseEntity.noContent().build();
    }
}
