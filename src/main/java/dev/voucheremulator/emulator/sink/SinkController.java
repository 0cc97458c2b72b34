package dev.voucheremulator.emulator.sink;

import dev.voucheremulator.api.error.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Capture sinks: a webhook's {@code target_url} (or anything else) can point at
 * {@code /_emulator/sinks/{name}}, and a test reads what arrived instead of running a receiver.
 * A sink answers 200, or the status its URL asks for with {@code ?status=}.
 */
@RestController
@Tag(name = "Emulator: capture sinks")
@RequestMapping("/_emulator/sinks/{name}")
class SinkController {

    static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._~-]{1,100}");

    private final CaptureSinks sinks;
    private final JsonMapper json;
    private final Clock clock;

    SinkController(CaptureSinks sinks, JsonMapper json, Clock clock) {
        this.sinks = sinks;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping
    @Operation(operationId = "emulator-capture-request", summary = "Record a request (body and headers) in a sink")
    ResponseEntity<Void> capture(@PathVariable String name, @RequestParam(required = false) Integer status,
                                 @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        checkName(name);
        if (status != null && (status < 200 || status > 599)) {
            throw ApiException.invalidQueryParams("Query parameter 'status' should be between 200 and 599");
        }
        if (body != null && body.length > MAX_BODY_BYTES) {
            throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "payload_too_large", "Payload too large",
                    "A sink keeps bodies of at most " + MAX_BODY_BYTES + " bytes", null, null);
        }
        CapturedRequest captured = new CapturedRequest(sinks.nextSequence(), clock.instant(), request.getMethod(),
                request.getQueryString(), headers(request), body(body),
                body == null ? null : new String(body, StandardCharsets.UTF_8));
        if (!sinks.record(name, captured)) {
            throw ApiException.badRequest("limit_exceeded", "Limit exceeded",
                    "At most " + CaptureSinks.MAX_SINKS + " sinks exist at once; delete one first");
        }
        return ResponseEntity.status(status == null ? 200 : status).build();
    }

    @GetMapping
    @Operation(operationId = "emulator-list-captured-requests", summary = "List what a sink received, oldest first")
    SinkListResponse list(@PathVariable String name) {
        checkName(name);
        var requests = sinks.list(name);
        return new SinkListResponse("list", "requests", name, requests, requests.size());
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "emulator-clear-sink", summary = "Forget what a sink received")
    void clear(@PathVariable String name) {
        checkName(name);
        sinks.clear(name);
    }

    private static void checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw ApiException.badRequest("invalid_param", "Invalid parameter",
                    "A sink name is 1 to 100 letters, digits, '.', '_', '~' or '-'");
        }
    }

    private static Map<String, String> headers(HttpServletRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header : Collections.list(request.getHeaderNames())) {
            headers.put(header.toLowerCase(Locale.ROOT), String.join(", ", Collections.list(request.getHeaders(header))));
        }
        return headers;
    }

    private JsonNode body(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            return json.getNodeFactory().stringNode(text);
        }
    }
}
