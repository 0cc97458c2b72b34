package dev.voucheremulator.management;

import dev.voucheremulator.api.auth.ManagementAccount;
import dev.voucheremulator.api.query.ListEnvelope;
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
@RequestMapping("/management/v1/projects")
@Tag(name = "Management")
class ManagementProjectController {

    private final ManagementProjectService projects;

    ManagementProjectController(ManagementProjectService projects) {
        this.projects = projects;
    }

    @PostMapping
    @Operation(operationId = "create-project", summary = "Create Project")
    ProjectResponse create(@Parameter(hidden = true) ManagementAccount account,
                           @Valid @RequestBody ProjectRequests.CreateProject body) {
        return projects.create(account.id(), body);
    }

    @GetMapping
    @Operation(operationId = "list-projects", summary = "List Projects")
    ListEnvelope<ProjectResponse> list(@Parameter(hidden = true) ManagementAccount account) {
        return projects.list(account.id());
    }

    @GetMapping("/{projectId}")
    @Operation(operationId = "get-project", summary = "Get Project")
    ProjectResponse get(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId) {
        return projects.get(account.id(), projectId);
    }

    @PutMapping("/{projectId}")
    @Operation(operationId = "update-project", summary = "Update Project")
    ProjectResponse update(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId,
                           @Valid @RequestBody ProjectRequests.UpdateProject body) {
        return projects.update(account.id(), projectId, body);
    }

    @DeleteMapping("/{projectId}")
    @Operation(operationId = "delete-project", summary = "Delete Project")
    ResponseEntity<Void> delete(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId) {
        projects.delete(account.id(), projectId);
        return ResponseEntity.noContent().build();
    }
}
