package dev.voucheremulator.emulator.quota;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A project's rate limits: set, read with their usage, remove. */
@RestController
@Tag(name = "Emulator: quotas")
@RequestMapping("/_emulator/projects/{projectId}/limits")
class QuotaController {

    private final Quotas quotas;

    QuotaController(Quotas quotas) {
        this.quotas = quotas;
    }

    @GetMapping
    @Operation(operationId = "emulator-get-limits", summary = "Get the project's rate limits and their usage")
    LimitsResponse get(@PathVariable("projectId") String project) {
        return quotas.get(project);
    }

    @PutMapping
    @Operation(operationId = "emulator-set-limits", summary = "Set the project's rate limits (replaces them)")
    LimitsResponse set(@PathVariable("projectId") String project, @RequestBody Limits body) {
        return quotas.set(project, body);
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "emulator-delete-limits", summary = "Remove the project's rate limits")
    void delete(@PathVariable("projectId") String project) {
        quotas.clear(project);
    }
}
