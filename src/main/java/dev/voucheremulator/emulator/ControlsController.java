package dev.voucheremulator.emulator;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.emulator.ControlRecords.HealthResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Controls over every project: they need no credentials, as nothing here belongs to one project. */
@RestController
@RequestMapping("/_emulator")
@Tag(name = "Emulator controls")
@SecurityRequirements
class ControlsController {

    private final ControlsService controls;
    private final FixtureService fixtures;

    ControlsController(ControlsService controls, FixtureService fixtures) {
        this.controls = controls;
        this.fixtures = fixtures;
    }

    @GetMapping("/health")
    @Operation(operationId = "emulator-health", summary = "Emulator health and fixture status")
    HealthResponse health() {
        return new HealthResponse("UP", fixtures.statuses(), "emulator_health");
    }

    @PostMapping("/reset")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "emulator-reset-all",
            summary = "Empty every project (to=fixtures: then load the fixture directory)")
    void resetAll(@RequestParam(name = "to", required = false) String to) {
        controls.resetAll(target(to));
    }

    static boolean target(String to) {
        if (to == null || to.equals("empty")) {
            return false;
        }
        if (to.equals("fixtures")) {
            return true;
        }
        throw ApiException.invalidQueryParams("to should be empty or fixtures");
    }
}
