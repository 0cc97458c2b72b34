package dev.voucheremulator.management;

import dev.voucheremulator.api.auth.ManagementAccount;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.management.CustomEventSchemaBodies.CreateEventSchema;
import dev.voucheremulator.management.CustomEventSchemaBodies.EventSchemaResponse;
import dev.voucheremulator.management.CustomEventSchemaBodies.UpdateEventSchema;
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
@RequestMapping("/management/v1/projects/{projectId}/custom-event-schemas")
@Tag(name = "Management")
class CustomEventSchemaController {

    private final CustomEventSchemaService service;

    CustomEventSchemaController(CustomEventSchemaService service) {
        this.service = service;
    }

    @PostMapping
    @Operation(operationId = "create-custom-event-schema", summary = "Create Custom Event Schema")
    EventSchemaResponse create(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId,
            @Valid @RequestBody CreateEventSchema body) {
        return service.create(account.id(), projectId, body);
    }

    @GetMapping
    @Operation(operationId = "list-custom-event-schemas", summary = "List Custom Event Schemas")
    ListEnvelope<EventSchemaResponse> list(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId) {
        return service.list(account.id(), projectId);
    }

    @GetMapping("/{customEventSchemaId}")
    @Operation(operationId = "get-custom-event-schema", summary = "Get Custom Event Schema")
    EventSchemaResponse get(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId,
            @PathVariable String customEventSchemaId) {
        return service.get(account.id(), projectId, customEventSchemaId);
    }

    @PutMapping("/{customEventSchemaId}")
    @Operation(operationId = "update-custom-event-schema", summary = "Update Custom Event Schema")
    EventSchemaResponse update(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId,
            @PathVariable String customEventSchemaId, @Valid @RequestBody UpdateEventSchema body) {
        return service.update(account.id(), projectId, customEventSchemaId, body);
    }

    @DeleteMapping("/{customEventSchemaId}")
    @Operation(operationId = "delete-custom-event-schema", summary = "Delete Custom Event Schema")
    ResponseEntity<Void> delete(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId,
            @PathVariable String customEventSchemaId) {
        service.delete(account.id(), projectId, customEventSchemaId);
        return ResponseEntity.noContent().build();
    }
}
