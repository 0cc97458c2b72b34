package dev.voucheremulator.asyncaction;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.api.query.QueryString;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/async-actions")
@Tag(name = "Async Actions")
class AsyncActionController {

    private final AsyncActionService actions;

    AsyncActionController(AsyncActionService actions) {
        this.actions = actions;
    }

    @GetMapping
    @Operation(operationId = "list-async-actions", summary = "List Async Actions")
    AsyncActionListResponse list(@Parameter(hidden = true) Project project,
                                 @RequestParam(required = false) Integer limit,
                                 @RequestParam(name = "end_date", required = false) String endDate) {
        Instant before = endDate == null ? null : QueryString.instant("end_date", endDate);
        return actions.list(project.id(), limit, before);
    }

    @GetMapping("/{asyncActionId}")
    @Operation(operationId = "get-async-action", summary = "Get Async Action")
    AsyncActionResponse get(@Parameter(hidden = true) Project project, @PathVariable String asyncActionId) {
        return actions.get(project.id(), asyncActionId);
    }
}
