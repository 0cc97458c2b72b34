package dev.voucheremulator.emulator.sink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A capture sink records what it is sent, lists it oldest first and forgets it on DELETE. */
@EmulatorTest
class CaptureSinkApiTest {

    @LocalServerPort
    int port;

    @Test
    void recordsBodiesAndHeadersOldestFirstAndForgetsThemOnDelete() {
        String sink = "/_emulator/sinks/orders-" + UUID.randomUUID();
        ApiClient sender = ApiClient.anonymous(port).withHeader("X-Voucherify-Signature", "abc123");

        assertThat(sender.post(sink, Map.of("type", "order.created", "n", 1)).status()).isEqualTo(200);
        assertThat(sender.send("POST", sink, "not json", "text/plain").status()).isEqualTo(200);
        assertThat(sender.post(sink + "?status=503", Map.of("n", 3)).status()).isEqualTo(503);

        ApiResponse listed = sender.get(sink);
        assertThat(listed.status()).as(listed.text()).isEqualTo(200);
        assertThat(listed.body().get("total").asInt()).isEqualTo(3);
        List<JsonNode> requests = listed.body().get("requests").valueStream().toList();
        assertThat(requests.get(0).get("body").get("type").asString()).isEqualTo("order.created");
        assertThat(requests.get(0).get("headers").get("x-voucherify-signature").asString()).isEqualTo("abc123");
        assertThat(requests.get(0).get("headers").get("content-type").asString()).startsWith("application/json");
        assertThat(requests.get(0).get("received_at").asString()).isNotBlank();
        assertThat(requests.get(1).get("body").asString()).isEqualTo("not json");
        assertThat(requests.get(2).get("body").get("n").asInt()).isEqualTo(3);
        assertThat(requests.get(2).get("query").asString()).isEqualTo("status=503");

        assertThat(sender.delete(sink).status()).isEqualTo(204);
        assertThat(sender.get(sink).body().get("total").asInt()).isZero();
    }

    @Test
    void aResetOfEveryProjectEmptiesTheSinks() {
        String sink = "/_emulator/sinks/reset-" + UUID.randomUUID();
        ApiClient anonymous = ApiClient.anonymous(port);
        assertThat(anonymous.post(sink, Map.of("a", 1)).status()).isEqualTo(200);

        assertThat(anonymous.post("/_emulator/reset", null).status()).isEqualTo(204);

        assertThat(anonymous.get(sink).body().get("total").asInt()).isZero();
    }

    @Test
    void aSinkCallIsNeitherJournaledNorFailedByTheProjectsFaultRules() {
        String appId = "sink-" + UUID.randomUUID();
        ApiClient controls = ApiClient.anonymous(port);
        String project = "/_emulator/projects/" + appId;
        assertThat(controls.put(project + "/faults", List.of(Map.of("error", Map.of("status", 400)))).status())
                .isEqualTo(200);
        ApiClient app = ApiClient.forProject(port, appId);
        assertThat(app.get("/v1/campaigns").status()).isEqualTo(400);

        assertThat(app.post("/_emulator/sinks/quiet-" + appId, Map.of("a", 1)).status()).isEqualTo(200);

        ApiResponse journal = controls.get(project + "/requests");
        assertThat(journal.body().get("requests").valueStream().map(r -> r.get("path").asString()).toList())
                .noneMatch(path -> path.startsWith("/_emulator"));
    }

    @Test
    void sinksAreInTheControlsSwaggerGroupOnly() {
        ApiClient anonymous = ApiClient.anonymous(port);
        assertThat(anonymous.get("/v3/api-docs/emulator-controls").body().get("paths").has("/_emulator/sinks/{name}"))
                .isTrue();
        assertThat(anonymous.get("/v3/api-docs").body().get("paths").has("/_emulator/sinks/{name}")).isFalse();
        assertThat(anonymous.get("/v3/api-docs/emulator-controls").body().get("paths")
                .has("/_emulator/projects/{projectId}/webhooks/deliveries")).isTrue();
    }
}
