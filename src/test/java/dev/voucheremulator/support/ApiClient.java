package dev.voucheremulator.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the running emulator the way a storefront does: real HTTP, the project's X-App-Id and
 * X-App-Token headers, JSON in and out. Non-2xx answers are returned, not thrown.
 */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final Map<String, String> headers;

    private ApiClient(String baseUrl, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.headers = headers;
    }

    /** A client for one project; a fresh random app id keeps tests from seeing each other's data. */
    public static ApiClient forProject(int port, String appId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-App-Id", appId);
        headers.put("X-App-Token", "token-" + appId);
        return new ApiClient("http://localhost:" + port, headers);
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient("http://localhost:" + port, Map.of());
    }

    public ApiClient withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ApiClient(baseUrl, copy);
    }

    public ApiResponse get(String path) {
        return send("GET", path, null, null);
    }

    public ApiResponse delete(String path) {
        return send("DELETE", path, null, null);
    }

    public ApiResponse post(String path, Object body) {
        return send("POST", path, body, "application/json");
    }

    public ApiResponse put(String path, Object body) {
        return send("PUT", path, body, "application/json");
    }

    /** Sends {@code body} as is: a String goes out verbatim (for malformed JSON), anything else as JSON. */
    public ApiResponse send(String method, String path, Object body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
        request.method(method, publisher);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isEmpty() ? null : parse(response.body());
            return new ApiResponse(response.statusCode(), json, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    public static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    public record ApiResponse(int status, JsonNode body, String text) {
    }
}
