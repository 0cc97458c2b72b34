package dev.voucheremulator.management;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.EmulatorTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Projects of a management account, their app keys on /v1, and the management keys' own realm. */
@EmulatorTest
class ManagementProjectApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsAProjectWithDefaultsAndAppKeys() {
        JsonNode project = Management.createProject(Management.account(port));

        assertThat(project.get("id").asString()).matches("proj_[A-Za-z0-9]{8}");
        assertThat(project.get("name").asString()).isEqualTo("Shop");
        assertThat(project.get("timezone").asString()).isEqualTo("Europe/Warsaw");
        assertThat(project.get("currency").asString()).isEqualTo("EUR");
        assertThat(project.get("cluster_id").asString()).isEqualTo("eu1");
        assertThat(project.get("case_sensitive_codes").asBoolean()).isFalse();
        assertThat(project.get("api_version").asString()).isEqualTo("v2018-08-01");
        assertThat(project.get("webhook_version").asString()).isEqualTo("v2024-01-01");
        assertThat(project.get("is_sandbox").asBoolean()).isFalse();
        assertThat(project.has("description")).isTrue();
        assertThat(project.get("client_trusted_domains")).isEmpty();
        assertThat(project.get("client_redeem_enabled").asBoolean()).isFalse();
        assertThat(project.get("api_usage_notifications").get("api_calls").get("value").asInt()).isEqualTo(80);
        assertThat(project.get("webhooks_callout_notifications").get("webhooks").get("email").asBoolean()).isFalse();
        assertThat(project.get("webhook_token").asString()).hasSize(40);
        assertThat(project.get("server_side_key").get("app_id").asString()).hasSize(36);
        assertThat(project.get("server_side_key").get("app_token").asString()).hasSize(36);
        assertThat(project.get("client_side_key").get("app_id").asString())
                .isNotEqualTo(project.get("server_side_key").get("app_id").asString());
    }

    @Test
    void listsGetsUpdatesAndDeletesTheAccountsProjects() {
        ApiClient management = Management.account(port);
        String id = Management.createProject(management).get("id").asString();
        Management.createProject(management);

        JsonNode list = management.get("/management/v1/projects").body();
        assertThat(list.get("object").asString()).isEqualTo("list");
        assertThat(list.get("data_ref").asString()).isEqualTo("data");
        assertThat(list.get("total").asInt()).isEqualTo(2);
        assertThat(list.get("data").get(0).get("id").asString()).isEqualTo(id);
        assertThat(list.get("data").get(0).has("server_side_key")).as("keys are shown once").isFalse();
        assertThat(Management.account(port).get("/management/v1/projects").body().get("total").asInt())
                .as("another account sees none of them").isZero();

        ApiClient.ApiResponse updated = management.put("/management/v1/projects/" + id, Map.of("dial_code", "+48",
                "description", "Main shop", "api_usage_notifications", Map.of("api_calls", Map.of("enabled", true))));
        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        assertThat(updated.body().get("dial_code").asString()).isEqualTo("+48");
        assertThat(updated.body().get("description").asString()).isEqualTo("Main shop");
        assertThat(updated.body().get("name").asString()).isEqualTo("Shop");
        JsonNode apiCalls = updated.body().get("api_usage_notifications").get("api_calls");
        assertThat(apiCalls.get("enabled").asBoolean()).isTrue();
        assertThat(apiCalls.get("value").asInt()).as("what is not sent stays").isEqualTo(80);
        assertThat(management.get("/management/v1/projects/" + id).body().get("dial_code").asString()).isEqualTo("+48");

        assertThat(management.delete("/management/v1/projects/" + id).status()).isEqualTo(204);
        ApiClient.ApiResponse gone = management.get("/management/v1/projects/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.body().get("key").asString()).isEqualTo("not_found");
        assertThat(gone.body().get("details").asString()).isEqualTo("Cannot find project with id " + id);
        assertThat(management.get("/management/v1/projects").body().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void anotherAccountsProjectIsNotFound() {
        String id = Management.createProject(Management.account(port)).get("id").asString();
        ApiClient stranger = Management.account(port);
        assertThat(stranger.get("/management/v1/projects/" + id).status()).isEqualTo(404);
        assertThat(stranger.delete("/management/v1/projects/" + id).status()).isEqualTo(404);
        assertThat(stranger.get("/management/v1/projects/" + id + "/users").status()).isEqualTo(404);
    }

    @Test
    void refusesAProjectWithoutRequiredValues() {
        ApiClient management = Management.account(port);
        ApiClient.ApiResponse refused = management.post("/management/v1/projects",
                Map.of("name", "No timezone", "case_sensitive_codes", true, "currency", "EUR"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("key").asString()).isEqualTo("invalid_payload");
        assertThat(refused.body().get("details").asString()).contains("timezone");
        assertThat(management.get("/management/v1/projects").body().get("total").asInt()).isZero();
    }

    @Test
    void theProjectsKeysReachItsOwnDataOnV1UntilItIsDeleted() {
        ApiClient management = Management.account(port);
        JsonNode project = Management.createProject(management);
        ApiClient shop = Management.keysOf(port, project);

        ApiClient.ApiResponse created = shop.post("/v1/categories", Map.of("name", "Managed", "hierarchy", 1));
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        assertThat(shop.get("/v1/categories").body().get("total").asInt()).isEqualTo(1);
        ApiClient wrongToken = ApiClient.anonymous(port)
                .withHeader("X-App-Id", project.get("server_side_key").get("app_id").asString())
                .withHeader("X-App-Token", "guessed");
        assertThat(wrongToken.get("/v1/categories").status()).as("an issued app id needs its own token").isEqualTo(401);

        assertThat(management.delete("/management/v1/projects/" + project.get("id").asString()).status())
                .isEqualTo(204);
        ApiClient.ApiResponse refused = shop.get("/v1/categories");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body().get("key").asString()).isEqualTo("unauthorized");
    }

    @Test
    void recognisesKeysAnotherInstanceIssuedOnTheSameDatabase() {
        String appId = UUID.randomUUID().toString();
        jdbc.sql("insert into project (id, created_at, app_token) values (?, now(), 'issued-elsewhere')").param(appId)
                .update();
        ApiClient keys = ApiClient.anonymous(port).withHeader("X-App-Id", appId);
        assertThat(keys.withHeader("X-App-Token", "guessed").get("/v1/categories").status()).isEqualTo(401);
        assertThat(keys.withHeader("X-App-Token", "issued-elsewhere").get("/v1/categories").status()).isEqualTo(200);
    }

    @Test
    void managementKeysAndAppKeysEachOpenOnlyTheirOwnApi() {
        ApiClient.ApiResponse withAppKeys = ApiClient.forProject(port, "app-only").get("/management/v1/projects");
        assertThat(withAppKeys.status()).isEqualTo(401);
        assertThat(withAppKeys.body().get("key").asString()).isEqualTo("unauthorized");
        assertThat(withAppKeys.body().get("code").asInt()).isEqualTo(401);
        assertThat(withAppKeys.body().get("request_id").asString()).isNotBlank();

        ApiClient.ApiResponse withManagementKeys = Management.account(port).get("/v1/campaigns");
        assertThat(withManagementKeys.status()).isEqualTo(401);
        assertThat(withManagementKeys.body().get("key").asString()).isEqualTo("unauthorized");

        ApiClient idOnly = ApiClient.anonymous(port).withHeader("X-Management-Id", "half");
        assertThat(idOnly.get("/management/v1/projects").status()).isEqualTo(401);
    }
}
