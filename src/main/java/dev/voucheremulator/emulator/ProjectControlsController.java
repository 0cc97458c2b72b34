package dev.voucheremulator.emulator;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.emulator.ControlRecords.ImportResponse;
import dev.voucheremulator.emulator.ControlRecords.SeedRequest;
import dev.voucheremulator.emulator.ControlRecords.SeedResponse;
import dev.voucheremulator.emulator.ControlRecords.SnapshotList;
import dev.voucheremulator.emulator.ControlRecords.SnapshotRequest;
import dev.voucheremulator.emulator.ControlRecords.SnapshotResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Controls over one project, {@code {projectId}} being the X-App-Id its requests send. Open like every
 * control; credentials, when sent, must name the same project ({@link ControlAccessInterceptor}).
 */
@RestController
@RequestMapping("/_emulator/projects/{projectId}")
@Tag(name = "Emulator controls")
class ProjectControlsController {

    private final ControlsService controls;
    private final SeedService seeds;
    private final SnapshotStore snapshots;

    ProjectControlsController(ControlsService controls, SeedService seeds, SnapshotStore snapshots) {
        this.controls = controls;
        this.seeds = seeds;
        this.snapshots = snapshots;
    }

    @PostMapping("/reset")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "emulator-reset-project",
            summary = "Empty the project (to=fixtures: then load its fixture); keeps its credentials")
    void reset(@PathVariable String projectId,
               @RequestParam(name = "to", required = false) String to) {
        controls.resetProject(projectId, ControlsController.target(to));
    }

    @GetMapping("/export")
    @Operation(operationId = "emulator-export-project", summary = "The project as a fixture document")
    ProjectDocument export(@PathVariable String projectId) {
        return controls.export(projectId);
    }

    @PostMapping("/import")
    @Operation(operationId = "emulator-import-project",
            summary = "Load a fixture document (mode=replace empties the project first, merge adds)")
    ImportResponse importProject(@PathVariable String projectId,
                                 @RequestParam(name = "mode", required = false) String mode,
                                 @RequestBody ProjectDocument body) {
        boolean replace = mode == null || mode.equals("replace");
        if (!replace && !mode.equals("merge")) {
            throw ApiException.invalidQueryParams("mode should be replace or merge");
        }
        return controls.importInto(projectId, body, replace);
    }

    @GetMapping("/snapshots")
    @Operation(operationId = "emulator-list-snapshots", summary = "Names of the project's snapshots")
    SnapshotList listSnapshots(@PathVariable String projectId) {
        List<String> names = snapshots.names(projectId);
        return new SnapshotList("list", "snapshots", names, names.size());
    }

    @PostMapping("/snapshots")
    @Operation(operationId = "emulator-save-snapshot", summary = "Save the project's state under a name")
    SnapshotResponse saveSnapshot(@PathVariable String projectId,
                                  @RequestBody SnapshotRequest body) {
        return controls.save(projectId, body.name());
    }

    @PostMapping("/snapshots/{name}/restore")
    @Operation(operationId = "emulator-restore-snapshot", summary = "Replace the project's state by a snapshot")
    SnapshotResponse restoreSnapshot(@PathVariable String projectId,
                                     @PathVariable String name) {
        return controls.restore(projectId, name);
    }

    @GetMapping("/seed")
    @Operation(operationId = "emulator-get-seed", summary = "The project's seed (null when ids are random)")
    SeedResponse seed(@PathVariable String projectId) {
        return new SeedResponse(projectId, seeds.seed(projectId).orElse(null), "seed");
    }

    @PutMapping("/seed")
    @Operation(operationId = "emulator-set-seed", summary = "Make the project's ids and codes repeatable")
    SeedResponse setSeed(@PathVariable String projectId,
                         @RequestBody SeedRequest body) {
        if (body.seed() == null) {
            throw ApiException.invalidPayload("seed is required: an integer");
        }
        seeds.set(projectId, body.seed());
        return new SeedResponse(projectId, body.seed(), "seed");
    }

    @DeleteMapping("/seed")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "emulator-delete-seed", summary = "Back to random ids")
    void deleteSeed(@PathVariable String projectId) {
        seeds.clear(projectId);
    }
}
