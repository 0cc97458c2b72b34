package dev.voucheremulator.management;

import dev.voucheremulator.api.auth.ManagementAccount;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.management.MetadataSchemaBodies.CreateSchema;
import dev.voucheremulator.management.MetadataSchemaBodies.SchemaResponse;
import dev.voucheremulator.management.MetadataSchemaBodies.UpdateSchema;
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
@RequestMapping("/management/v1/projects/{projectId}/metadata-schemas")
@Tag(name = "Management")
class MetadataSchemaController {

    private final MetadataSchemaService service;

    MetadataSchemaController(MetadataSchemaService service) {
        this.service = service;
    }

    @PostMapping
    @Operation(operationId = "create-metadata-schema", summary = "Create Metadata Schema")
    SchemaResponse create(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId,
            @Valid @RequestBody CreateSchema body) {
        return service.create(account.id(), projectId, body);
    }

    @GetMapping
    @Operation(operationId = "list-metadata-schemas-1", summary = "List Metadata Schemas")
    ListEnvelope<SchemaResponse> list(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId) {
        return service.list(account.id(), projectId);
    }

    @GetMapping("/{metadataSchemaId}")
    @Operation(operationId = "get-metadata-schema-1", summary = "Get Metadata Schema")
    SchemaResponse get(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId,
            @PathVariable String metadataSchemaId) {
        return service.get(account.id(), projectId, metadataSchemaId);
    }

    @PutMapping("/{metadataSchemaId}")
    @Operation(operationId = "update-metadata-schema", summary = "Update Metadata Schema")
    SchemaResponse update(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId,
            @PathVariable String metadataSchemaId, @Valid @RequestBody UpdateSchema body) {
        return service.update(account.id(), projectId, metadataSchemaId, body);
    }

    @DeleteMapping("/{metadataSchemaId}")
    @Operation(operationId = "delete-metadata-schema", summary = "Delete Metadata Schema")
    ResponseEntity<Void> delete(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId,
            @PathVariable String metadataSchemaId) {
        service.delete(account.id(), projectId, metadataSchemaId);
        return ResponseEntity.noContent().build();
    }
}
