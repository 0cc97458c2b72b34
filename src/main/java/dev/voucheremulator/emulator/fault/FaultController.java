package dev.voucheremulator.emulator.fault;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A project's fault rules: PUT replaces the list, PATCH appends to it, DELETE removes. */
@RestController
@Tag(name = "Emulator: faults")
@RequestMapping("/_emulator/projects/{projectId}/faults")
class FaultController {

    private final FaultRules rules;

    FaultController(FaultRules rules) {
        this.rules = rules;
    }

    @GetMapping
    @Operation(operationId = "emulator-list-faults", summary = "List the project's fault rules and their counters")
    FaultListResponse list(@PathVariable("projectId") String project) {
        return FaultListResponse.of(rules.list(project));
    }

    @PutMapping
    @Operation(operationId = "emulator-replace-faults", summary = "Replace the project's fault rules")
    FaultListResponse replace(@PathVariable("projectId") String project, @RequestBody List<FaultRule> body) {
        return FaultListResponse.of(rules.replace(project, body));
    }

    @PatchMapping
    @Operation(operationId = "emulator-add-faults", summary = "Add fault rules after the existing ones")
    FaultListResponse add(@PathVariable("projectId") String project, @RequestBody List<FaultRule> body) {
        return FaultListResponse.of(rules.add(project, body));
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "emulator-clear-faults", summary = "Remove every fault rule of the project")
    void clear(@PathVariable("projectId") String project) {
        rules.clear(project);
    }

    @DeleteMapping("/{faultId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "emulator-delete-fault", summary = "Remove one fault rule")
    void delete(@PathVariable("projectId") String project, @PathVariable String faultId) {
        rules.remove(project, faultId);
    }
}
