package dev.voucheremulator.management;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.EmulatorTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The users of a management account: the owner, invitations, and roles per project. */
@EmulatorTest
class ManagementUserApiTest {

    @LocalServerPort
    int port;

    @Test
    void theOwnerIsAnAdminOfEveryNewProject() {
        ApiClient management = Management.account(port);
        String id = Management.createProject(management).get("id").asString();

        JsonNode users = management.get("/management/v1/projects/" + id + "/users").body();
        assertThat(users.get("object").asString()).isEqualTo("list");
        assertThat(users.get("total").asInt()).isEqualTo(1);
        JsonNode owner = users.get("data").get(0);
        assertThat(owner.get("id").asString()).matches("user_[A-Za-z0-9]{32}");
        assertThat(owner.get("is_owner").asBoolean()).isTrue();
        assertThat(owner.get("login").asString()).isEqualTo(owner.get("email").asString());
        assertThat(owner.get("projects").get(id).asString()).isEqualTo("ADMIN");
        assertThat(owner.get("role").asString()).as("the role in this project").isEqualTo("ADMIN");

        JsonNode got = management.get("/management/v1/projects/" + id + "/users/" + owner.get("id").asString()).body();
        assertThat(got).isEqualTo(owner);
    }

    @Test
    void invitesAssignsUpdatesAndUnassignsUsers() {
        ApiClient management = Management.account(port);
        String first = Management.createProject(management).get("id").asString();
        String second = Management.createProject(management).get("id").asString();

        ApiClient.ApiResponse invited = management.post("/management/v1/projects/users/invite", Map.of(
                "email", "sam@example.com", "first_name", "Sam", "last_name", "Jones", "projects", Map.of(first, "USER")));
        assertThat(invited.status()).as(invited.text()).isEqualTo(204);
        JsonNode sam = management.get("/management/v1/projects/" + first + "/users").body().get("data").get(1);
        assertThat(sam.get("email").asString()).isEqualTo("sam@example.com");
        assertThat(sam.get("first_name").asString()).isEqualTo("Sam");
        assertThat(sam.get("is_owner").asBoolean()).isFalse();
        String samId = sam.get("id").asString();

        ApiClient.ApiResponse assigned = management.post("/management/v1/projects/" + second + "/users",
                Map.of("login", "sam@example.com", "role", "VIEWER"));
        assertThat(assigned.status()).as(assigned.text()).isEqualTo(200);
        assertThat(assigned.body().get("projects").get(first).asString()).isEqualTo("USER");
        assertThat(assigned.body().get("projects").get(second).asString()).isEqualTo("VIEWER");
        assertThat(assigned.body().get("role").asString()).isEqualTo("VIEWER");

        ApiClient.ApiResponse updated = management.put("/management/v1/projects/" + second + "/users/" + samId,
                Map.of("role", "MERCHANT"));
        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        assertThat(updated.body().get("projects").get(second).asString()).isEqualTo("MERCHANT");

        assertThat(management.delete("/management/v1/projects/" + second + "/users/" + samId).status()).isEqualTo(204);
        assertThat(management.get("/management/v1/projects/" + second + "/users/" + samId).status()).isEqualTo(404);
        assertThat(management.get("/management/v1/projects/" + first + "/users/" + samId).body().get("projects")
                .propertyNames()).containsExactly(first);
    }

    @Test
    void assignsOnlyExistingUsersWithAKnownRole() {
        ApiClient management = Management.account(port);
        String id = Management.createProject(management).get("id").asString();

        ApiClient.ApiResponse unknown = management.post("/management/v1/projects/" + id + "/users",
                Map.of("id", "user_nope", "role", "ADMIN"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("key").asString()).isEqualTo("not_found");
        ApiClient.ApiResponse badRole = management.post("/management/v1/projects/" + id + "/users",
                Map.of("login", "owner@voucheremulator.dev", "role", "EMPEROR"));
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.body().get("key").asString()).isEqualTo("invalid_payload");
        ApiClient.ApiResponse both = management.post("/management/v1/projects/" + id + "/users",
                Map.of("id", "user_x", "login", "x@example.com", "role", "USER"));
        assertThat(both.status()).isEqualTo(400);
        assertThat(management.get("/management/v1/projects/" + id + "/users").body().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void theOwnerStaysOnTheProject() {
        ApiClient management = Management.account(port);
        String id = Management.createProject(management).get("id").asString();
        String owner = management.get("/management/v1/projects/" + id + "/users").body().get("data").get(0).get("id")
                .asString();
        ApiClient.ApiResponse refused = management.delete("/management/v1/projects/" + id + "/users/" + owner);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(management.get("/management/v1/projects/" + id + "/users").body().get("total").asInt()).isEqualTo(1);
    }
}
