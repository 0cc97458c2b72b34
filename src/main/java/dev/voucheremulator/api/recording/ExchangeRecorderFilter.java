package dev.voucheremulator.api.recording;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends every HTTP exchange (method, path, status, body) as one JSON line to the file named by
 * {@code spec.exchanges.file}, for the contract check against the official OpenAPI schemas.
 * Off unless that property is set; the build sets it for the test run.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty("spec.exchanges.file")
class ExchangeRecorderFilter extends OncePerRequestFilter {

    private final Path file;
    private final JsonMapper json;

    ExchangeRecorderFilter(Environment environment, JsonMapper json) throws IOException {
        this.file = Path.of(environment.getRequiredProperty("spec.exchanges.file"));
        this.json = json;
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
        } finally {
            record(request, wrapper);
            wrapper.copyBodyToResponse();
        }
    }

    private void record(HttpServletRequest request, ContentCachingResponseWrapper response) {
        if (request.getAttribute(Unanswered.ATTRIBUTE) != null) {
            return;
        }
        String path = request.getQueryString() == null
                ? request.getRequestURI()
                : request.getRequestURI() + "?" + request.getQueryString();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("method", request.getMethod());
        line.put("path", path);
        line.put("status", response.getStatus());
        line.put("contentType", response.getContentType());
        line.put("body", body(response));
        append(json.writeValueAsString(line) + "\n");
    }

    private Object body(ContentCachingResponseWrapper response) {
        byte[] bytes = response.getContentAsByteArray();
        if (bytes.length == 0) {
            return null;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            return json.readValue(text, JsonNode.class);
        } catch (JacksonException notJson) {
            return text;
        }
    }

    // One write per line from one lock: concurrent requests never interleave half lines.
    private synchronized void append(String line) {
        try {
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            logger.warn("Cannot record exchange to " + file, e);
        }
    }
}
