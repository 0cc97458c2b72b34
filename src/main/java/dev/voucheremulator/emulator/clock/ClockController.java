package dev.voucheremulator.emulator.clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The domain test clock of one project ({@code {projectId}} = the X-App-Id its requests send): read,
 * freeze or set, advance (forward only), back to wall time.
 */
@RestController
@RequestMapping("/_emulator/projects/{projectId}/clock")
@Tag(name = "Emulator clock")
class ClockController {

    private final ClockControls clocks;

    ClockController(ClockControls clocks) {
        this.clocks = clocks;
    }

    @GetMapping
    @Operation(operationId = "get-project-clock", summary = "Read a project's clock")
    ProjectClockResponse get(@PathVariable String projectId) {
        return clocks.get(projectId);
    }

    @PutMapping
    @Operation(operationId = "set-project-clock", summary = "Freeze a project's clock, at frozen_time or now",
            description = "Never earlier than a frozen clock stands: time only moves forward.")
    ProjectClockResponse set(@PathVariable String projectId,
                             @RequestBody(required = false) SetClockRequest body) {
        return clocks.set(projectId, body);
    }

    @PostMapping("/advance")
    @Operation(operationId = "advance-project-clock", summary = "Advance a project's clock",
            description = "Moves the clock forward (to an instant or by an ISO-8601 duration) and runs what "
                    + "fell due (points expiry, pending points) before it answers.")
    ProjectClockResponse advance(@PathVariable String projectId, @RequestBody AdvanceClockRequest body) {
        return clocks.advance(projectId, body);
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "delete-project-clock", summary = "Put a project back on wall time")
    void delete(@PathVariable String projectId) {
        clocks.release(projectId);
    }
}
