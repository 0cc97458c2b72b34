package dev.voucheremulator.emulator.journal;

import dev.voucheremulator.api.error.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The request journal of a project (the X-App-Id its calls were sent with). */
@RestController
@Tag(name = "Emulator: request journal")
@RequestMapping("/_emulator/projects/{projectId}/requests")
class JournalController {

    private final JournalService journal;

    JournalController(JournalService journal) {
        this.journal = journal;
    }

    @GetMapping
    @Operation(operationId = "emulator-list-requests", summary = "List journaled calls, newest first")
    JournalListResponse list(@PathVariable("projectId") String project,
                             @RequestParam(required = false) String method,
                             @RequestParam(required = false) String path,
                             @RequestParam(name = "operation_id", required = false) String operationId,
                             @RequestParam(required = false) Integer status,
                             @RequestParam(required = false) Instant since,
                             @RequestParam(required = false) Instant until,
                             @RequestParam(required = false) Boolean unmatched,
                             @RequestParam(required = false) Integer limit) {
        return journal.find(project, new JournalCriteria(method, path, operationId, status, since, until, unmatched),
                queryLimit(limit));
    }

    @PostMapping("/find")
    @Operation(operationId = "emulator-find-requests", summary = "Find journaled calls by criteria")
    JournalListResponse find(@PathVariable("projectId") String project, @RequestBody JournalQuery query) {
        if (!JournalService.validLimit(query.limit())) {
            throw ApiException.invalidPayload("Property 'limit' should be between 1 and " + JournalService.MAX_LIMIT);
        }
        return journal.find(project, query.criteria(), query.limit());
    }

    @PostMapping("/count")
    @Operation(operationId = "emulator-count-requests", summary = "Count journaled calls matching criteria")
    JournalCountResponse count(@PathVariable("projectId") String project, @RequestBody JournalQuery query) {
        return journal.count(project, query.criteria());
    }

    @GetMapping("/unmatched")
    @Operation(operationId = "emulator-list-unmatched-requests",
            summary = "List calls no emulator route answered, documented operations marked not_implemented")
    JournalListResponse unmatched(@PathVariable("projectId") String project, @RequestParam(required = false) Integer limit) {
        return journal.find(project, JournalCriteria.unmatchedOnly(), queryLimit(limit));
    }

    @GetMapping("/{requestId}")
    @Operation(operationId = "emulator-get-request", summary = "Get one journaled call by its request id")
    JournalEntryResponse get(@PathVariable("projectId") String project, @PathVariable String requestId) {
        return journal.get(project, requestId);
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "emulator-clear-requests", summary = "Clear the project's journal")
    void clear(@PathVariable("projectId") String project) {
        journal.clear(project);
    }

    private static Integer queryLimit(Integer limit) {
        if (!JournalService.validLimit(limit)) {
            throw ApiException.invalidQueryParams("Query parameter 'limit' should be between 1 and "
                    + JournalService.MAX_LIMIT);
        }
        return limit;
    }
}
