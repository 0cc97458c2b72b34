package dev.voucheremulator.management;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** A Management API client of a fresh account, and the project bodies the tests create. */
final class Management {

    static final String PROJECT = "{\"name\":\"Shop\",\"case_sensitive_codes\":false,\"timezone\":\"Europe/Warsaw\","
            + "\"currency\":\"EUR\",\"cluster_id\":\"eu1\"}";

    private Management() {
    }

    static ApiClient account(int port) {
        String id = "mgmt-" + UUID.randomUUID();
        return ApiClient.anonymous(port).withHeader("X-Management-Id", id).withHeader("X-Management-Token", "t-" + id);
    }

    static JsonNode createProject(ApiClient management) {
        ApiClient.ApiResponse created = management.post("/management/v1/projects", ApiClient.json(PROJECT));
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        return created.body();
    }

    /** A /v1 client with the project's server-side key. */
    static ApiClient keysOf(int port, JsonNode project) {
        JsonNode key = project.get("server_side_key");
        return ApiClient.anonymous(port).withHeader("X-App-Id", key.get("app_id").asString())
                .withHeader("X-App-Token", key.get("app_token").asString());
    }
}
