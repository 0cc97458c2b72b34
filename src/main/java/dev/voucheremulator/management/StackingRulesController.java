package dev.voucheremulator.management;

import dev.voucheremulator.api.auth.ManagementAccount;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.management.StackingRulesBodies.StackingRulesRequest;
import dev.voucheremulator.management.StackingRulesBodies.StackingRulesResponse;
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
@RequestMapping("/management/v1/projects/{projectId}/stacking-rules")
@Tag(name = "Management")
class StackingRulesController {

    private final StackingRulesService service;

    StackingRulesController(StackingRulesService service) {
        this.service = service;
    }

    @PostMapping
    @Operation(operationId = "create-stacking-rules", summary = "Create Stacking Rules")
    StackingRulesResponse create(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId,
            @Valid @RequestBody StackingRulesRequest body) {
        return service.create(account.id(), projectId, body);
    }

    @GetMapping
    @Operation(operationId = "list-stacking-rules", summary = "List Stacking Rules")
    ListEnvelope<StackingRulesResponse> list(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId) {
        return service.list(account.id(), projectId);
    }

    @GetMapping("/{stackingRulesId}")
    @Operation(operationId = "get-stacking-rules", summary = "Get Stacking Rules")
    StackingRulesResponse get(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId,
            @PathVariable String stackingRulesId) {
        return service.get(account.id(), projectId, stackingRulesId);
    }

    @PutMapping("/{stackingRulesId}")
    @Operation(operationId = "update-stacking-rules", summary = "Update Stacking Rules")
    StackingRulesResponse update(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId,
            @PathVariable String stackingRulesId, @Valid @RequestBody StackingRulesRequest body) {
        return service.update(account.id(), projectId, stackingRulesId, body);
    }

    @DeleteMapping("/{stackingRulesId}")
    @Operation(operationId = "delete-stacking-rules", summary = "Delete Stacking Rules")
    ResponseEntity<Void> delete(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId,
            @PathVariable String stackingRulesId) {
        service.delete(account.id(), projectId, stackingRulesId);
        return ResponseEntity.noContent().build();
    }
}
