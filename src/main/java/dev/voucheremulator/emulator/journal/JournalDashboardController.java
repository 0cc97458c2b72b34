package dev.voucheremulator.emulator.journal;

import dev.voucheremulator.api.error.ApiException;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * The journal page of the dashboard: a project's latest calls, filtered by status or operation, and one
 * call with its bodies. The project is the {@code app_id} query parameter, as on the other pages.
 */
@Controller
@Hidden
@RequestMapping("/dashboard/journal")
class JournalDashboardController {

    static final int ROWS = 100;

    private final JournalService journal;
    private final JsonMapper json;

    JournalDashboardController(JournalService journal, JsonMapper json) {
        this.journal = journal;
        this.json = json;
    }

    @GetMapping
    String list(@RequestParam(name = "app_id", required = false) String appId,
                @RequestParam(required = false) String status,
                @RequestParam(name = "operation_id", required = false) String operationId,
                Model model) {
        if (appId == null || appId.isBlank()) {
            return "dashboard/choose-project";
        }
        Integer chosenStatus = parseStatus(status);
        String chosenOperation = operationId == null || operationId.isBlank() ? null : operationId.trim();
        JournalListResponse calls = journal.find(appId,
                new JournalCriteria(null, null, chosenOperation, chosenStatus, null, null, null), ROWS);
        model.addAttribute("appId", appId);
        model.addAttribute("calls", calls.requests());
        model.addAttribute("total", calls.total());
        model.addAttribute("status", chosenStatus == null ? "" : chosenStatus.toString());
        model.addAttribute("operationId", chosenOperation == null ? "" : chosenOperation);
        return "dashboard/journal";
    }

    @GetMapping("/{requestId}")
    String call(@RequestParam(name = "app_id", required = false) String appId, @PathVariable String requestId,
                Model model) {
        if (appId == null || appId.isBlank()) {
            return "dashboard/choose-project";
        }
        JournalEntryResponse call = journal.get(appId, requestId);
        model.addAttribute("appId", appId);
        model.addAttribute("call", call);
        model.addAttribute("requestBody", pretty(call.requestBody()));
        model.addAttribute("responseBody", pretty(call.responseBody()));
        return "dashboard/journal-call";
    }

    @ExceptionHandler(ApiException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(ApiException e, Model model) {
        model.addAttribute("message", e.details());
        return "dashboard/not-found";
    }

    private String pretty(Object body) {
        if (body == null) {
            return "";
        }
        return body instanceof String text ? text : json.writerWithDefaultPrettyPrinter().writeValueAsString(body);
    }

    private static Integer parseStatus(String status) {
        return Optional.ofNullable(status).filter(s -> s.matches("\\d{3}")).map(Integer::valueOf).orElse(null);
    }
}
