package dev.voucheremulator.asyncaction;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.api.query.QueryString;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/async-actions")
@Tag(name = "Async Actions")
class AsyncActionController {

    /** The spec's {@code AsyncActionsListResponseBody}. */
    record AsyncActionList(String object, String dataRef, List<AsyncActionResponse> asyncActions, boolean hasMore) {
    }

    private final AsyncActionService actions;

    AsyncActionController(AsyncActionService actions) {
        this.actions = actions;
    }

    @GetMapping
    @Operation(operationId = "list-async-actions", summary = "List Async Actions")
    AsyncActionList list(@Parameter(hidden = true) Project project, @RequestParam(required = false) Integer limit,
                         @RequestParam(name = "end_date", required = false) String endDate) {
        Instant before = endDate == null ? null : QueryString.instant("end_date", endDate);
        List<AsyncActionResponse> found = actions.list(project.id(), limit, before);
        int size = limit == null ? 10 : limit;
        return new AsyncActionList("list", "async_actions", found, found.size() == size);
    }

    @GetMapping("/{asyncActionId}")
    @Operation(operationId = "get-async-action", summary = "Get Async Action")
    AsyncActionResponse get(@Parameter(hidden = true) Project project, @PathVariable String asyncActionId) {
        return actions.get(project.id(), asyncActionId);
    }
}
