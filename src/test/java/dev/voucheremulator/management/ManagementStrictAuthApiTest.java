package dev.voucheremulator.management;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.PostgresTestConfiguration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** Strict mode: only configured management keys get in, and the app keys of their projects reach /v1. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "emulator.auth.mode=strict", "emulator.auth.keys=shop:secret",
        "emulator.auth.management-keys=admin:m4nage,other:0ther"})
@Import(PostgresTestConfiguration.class)
class ManagementStrictAuthApiTest {

    @LocalServerPort
    int port;

    @Test
    void acceptsOnlyConfiguredManagementKeys() {
        ApiClient anonymous = ApiClient.anonymous(port);
        assertThat(anonymous.withHeader("X-Management-Id", "admin").withHeader("X-Management-Token", "m4nage")
                .get("/management/v1/projects").status()).isEqualTo(200);
        for (ApiClient stranger : new ApiClient[] {
                anonymous.withHeader("X-Management-Id", "admin").withHeader("X-Management-Token", "wrong"),
                anonymous.withHeader("X-Management-Id", "admin").withHeader("X-Management-Token", "0ther"),
                anonymous.withHeader("X-Management-Id", "nobody").withHeader("X-Management-Token", "m4nage"),
                anonymous.withHeader("X-App-Id", "shop").withHeader("X-App-Token", "secret"),
                anonymous}) {
            ApiClient.ApiResponse refused = stranger.post("/management/v1/projects", ApiClient.json(Management.PROJECT));
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.body().get("key").asString()).isEqualTo("unauthorized");
        }
        assertThat(anonymous.withHeader("X-Management-Id", "admin").withHeader("X-Management-Token", "m4nage")
                .get("/management/v1/projects").body().get("total").asInt()).isZero();
    }

    @Test
    void issuedAppKeysReachV1InStrictModeUntilTheProjectIsDeleted() {
        ApiClient admin = ApiClient.anonymous(port).withHeader("X-Management-Id", "admin")
                .withHeader("X-Management-Token", "m4nage");
        JsonNode project = Management.createProject(admin);
        ApiClient shop = Management.keysOf(port, project);

        assertThat(shop.post("/v1/categories", Map.of("name", "Strict", "hierarchy", 1)).status()).isEqualTo(200);
        assertThat(shop.get("/v1/categories").body().get("total").asInt()).isEqualTo(1);
        assertThat(ApiClient.anonymous(port).withHeader("X-App-Id", "shop").withHeader("X-App-Token", "secret")
                .get("/v1/categories").body().get("total").asInt()).as("configured keys keep their own project")
                .isZero();

        assertThat(admin.delete("/management/v1/projects/" + project.get("id").asString()).status()).isEqualTo(204);
        assertThat(shop.get("/v1/categories").status()).isEqualTo(401);
    }
}
