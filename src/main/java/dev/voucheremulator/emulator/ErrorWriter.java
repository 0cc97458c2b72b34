package dev.voucheremulator.emulator;

import dev.voucheremulator.api.ids.ResourceIds;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes an answer in Voucherify's error body for traffic the emulator refuses on purpose. */
@Component
public class ErrorWriter {

    private final JsonMapper json;

    ErrorWriter(JsonMapper json) {
        this.json = json;
    }

    /** The error body for a status, fields of {@code overrides} replacing the defaults. */
    public void write(HttpServletResponse response, int status, String details, Map<String, Object> overrides)
            throws IOException {
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", status);
        body.put("key", defaultKey(status));
        body.put("message", known == null ? "Error" : known.getReasonPhrase());
        body.put("details", details);
        body.put("request_id", ResourceIds.request());
        if (overrides != null) {
            body.putAll(overrides);
        }
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }

    private static String defaultKey(int status) {
        return switch (status) {
            case 400 -> "invalid_payload";
            case 401 -> "unauthorized";
            case 402 -> "payment_required";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 409 -> "duplicate_found";
            case 423 -> "resource_locked";
            case 429 -> "too_many_requests";
            default -> status >= 500 ? "internal_error" : "bad_request";
        };
    }
}
