package dev.voucheremulator.emulator.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The request journal: what a test suite sees of its own calls, per project. */
@EmulatorTest
class JournalApiTest {

    private static final Map<String, Object> CAMPAIGN = Map.of("name", "Journaled", "campaign_type", "DISCOUNT_COUPONS",
            "vouchers_count", 1, "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                    "discount", Map.of("type", "PERCENT", "percent_off", 10)));

    @LocalServerPort
    int port;

    @Autowired
    JournalRepository repository;

    String appId;
    ApiClient api;
    ApiClient controls;

    @BeforeEach
    void freshProject() {
        appId = "journal-" + UUID.randomUUID();
        api = ApiClient.forProject(port, appId);
        controls = ApiClient.anonymous(port);
    }

    @Test
    void listsEveryCallNewestFirstWithOperationStatusBodiesAndRequestId() {
        ApiResponse created = api.post("/v1/campaigns", CAMPAIGN);
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        String campaignId = created.body().get("id").asString();
        assertThat(api.get("/v1/campaigns/" + campaignId + "?unused=1").status()).isEqualTo(200);
        ApiResponse missing = api.get("/v1/vouchers/NO-SUCH-CODE");
        assertThat(missing.status()).isEqualTo(404);

        JsonNode journal = ok(controls.get(requests("")));

        assertThat(journal.get("object").asString()).isEqualTo("list");
        assertThat(journal.get("data_ref").asString()).isEqualTo("requests");
        assertThat(journal.get("total").asInt()).isEqualTo(3);
        JsonNode calls = journal.get("requests");
        assertThat(operations(calls)).containsExactly("get-voucher", "get-campaign", "create-campaign");
        JsonNode notFound = calls.get(0);
        assertThat(notFound.get("id").asString()).isEqualTo(missing.body().get("request_id").asString());
        assertThat(notFound.get("status").asInt()).isEqualTo(404);
        assertThat(notFound.get("response_body").get("key").asString()).isEqualTo("not_found");
        assertThat(notFound.get("unmatched").asBoolean()).isFalse();
        JsonNode read = calls.get(1);
        assertThat(read.get("method").asString()).isEqualTo("GET");
        assertThat(read.get("path").asString()).isEqualTo("/v1/campaigns/" + campaignId);
        assertThat(read.get("query").asString()).isEqualTo("unused=1");
        JsonNode create = calls.get(2);
        assertThat(create.get("object").asString()).isEqualTo("request");
        assertThat(create.get("id").asString()).matches("v-[0-9a-f]{18}");
        assertThat(create.get("status").asInt()).isEqualTo(200);
        assertThat(create.get("request_body").get("name").asString()).isEqualTo("Journaled");
        assertThat(create.get("response_body").get("id").asString()).isEqualTo(campaignId);
        assertThat(create.get("duration_ms").asInt()).isGreaterThanOrEqualTo(0);
        assertThat(create.get("at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");

        JsonNode one = ok(controls.get(requests("/" + create.get("id").asString())));
        assertThat(one.get("operation_id").asString()).isEqualTo("create-campaign");
    }

    @Test
    void keepsBodiesWithTabsNewlinesBackslashesAndOtherThanAsciiAsTheyWereSent() {
        // raw tabs and newlines between the fields, escaped ones and a backslash inside the name
        String body = "{\n\t\"name\": \"Tab\\there, line\\nthere, back\\\\slash, caf\u00e9 \u2615 \ud834\udd1e\","
                + "\r\n\t\"campaign_type\": \"DISCOUNT_COUPONS\", \"vouchers_count\": 1,\n\t\"voucher\": "
                + "{\"type\": \"DISCOUNT_VOUCHER\", \"discount\": {\"type\": \"PERCENT\", \"percent_off\": 10}}\n}";
        ApiResponse created = api.send("POST", "/v1/campaigns", body, "application/json");
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        ApiResponse broken = api.send("POST", "/v1/campaigns", "{\"name\":\t\\", "application/json");
        assertThat(broken.status()).isEqualTo(400);

        JsonNode calls = ok(controls.get(requests(""))).get("requests");

        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).get("request_body").asString()).isEqualTo("{\"name\":\t\\");
        JsonNode sent = calls.get(1).get("request_body");
        assertThat(sent.get("name").asString()).isEqualTo("Tab\there, line\nthere, back\\slash, caf\u00e9 \u2615 \ud834\udd1e");
        assertThat(calls.get(1).get("response_body").get("name").asString()).isEqualTo(sent.get("name").asString());
    }

    @Test
    void findsAndCountsByMethodPathOperationAndStatus() {
        ok(api.post("/v1/campaigns", CAMPAIGN));
        ok(api.get("/v1/campaigns"));
        api.get("/v1/campaigns/camp_missing");

        assertThat(ok(controls.post(requests("/count"), Map.of("operation_id", "create-campaign"))).get("count").asInt())
                .isEqualTo(1);
        assertThat(ok(controls.post(requests("/count"), Map.of("method", "GET"))).get("count").asInt()).isEqualTo(2);
        JsonNode byStatus = ok(controls.post(requests("/find"), Map.of("status", 404)));
        assertThat(operations(byStatus.get("requests"))).containsExactly("get-campaign");
        JsonNode byGlob = ok(controls.get(requests("?path=/v1/campaigns/*")));
        assertThat(byGlob.get("total").asInt()).isEqualTo(1);
        JsonNode deepGlob = ok(controls.get(requests("?path=/v1/**&limit=1")));
        assertThat(deepGlob.get("requests").size()).isEqualTo(1);
        assertThat(deepGlob.get("total").asInt()).isEqualTo(3);
        JsonNode later = ok(controls.get(requests("?since=2999-01-01T00:00:00Z")));
        assertThat(later.get("total").asInt()).isZero();
    }

    @Test
    void marksCallsToDocumentedOperationsTheEmulatorLacksAsNotImplemented() {
        ApiResponse locations = api.get("/v1/locations");
        ApiResponse nonsense = api.get("/v1/no-such-thing");
        assertThat(locations.status()).isEqualTo(404);
        assertThat(nonsense.status()).isEqualTo(404);
        ok(api.get("/v1/campaigns"));

        JsonNode unmatched = ok(controls.get(requests("/unmatched"))).get("requests");

        assertThat(unmatched).hasSize(2);
        assertThat(unmatched.get(0).get("path").asString()).isEqualTo("/v1/no-such-thing");
        assertThat(unmatched.get(0).get("not_implemented").asBoolean()).isFalse();
        assertThat(unmatched.get(1).get("operation_id").asString()).isEqualTo("list-locations");
        assertThat(unmatched.get(1).get("unmatched").asBoolean()).isTrue();
        assertThat(unmatched.get(1).get("not_implemented").asBoolean()).isTrue();
    }

    @Test
    void keepsProjectsApartAndNeverJournalsTheControls() {
        ok(api.get("/v1/campaigns"));
        ApiClient other = ApiClient.forProject(port, appId + "-other");
        ok(other.get("/v1/vouchers"));
        ok(controls.get(requests("")));
        ok(ApiClient.forProject(port, appId).get("/_emulator/projects/" + appId + "/requests"));

        JsonNode mine = ok(controls.get(requests("")));

        assertThat(operations(mine.get("requests"))).containsExactly("list-campaigns");
    }

    @Test
    void clearForgetsTheProjectsCalls() {
        ok(api.get("/v1/campaigns"));
        ApiResponse cleared = controls.delete(requests(""));
        assertThat(cleared.status()).isEqualTo(204);

        assertThat(ok(controls.get(requests(""))).get("total").asInt()).isZero();
        assertThat(controls.get(requests("/v-000000000000000000")).status()).isEqualTo(404);
    }

    @Test
    void keepsTheNewestCallsUpToTheRetention() {
        for (int i = 0; i < 4; i++) {
            ok(api.get("/v1/campaigns?page=" + (i + 1)));
        }
        ok(controls.get(requests("")));

        Long reached = repository.trim(appId, 2, 0);

        JsonNode kept = ok(controls.get(requests(""))).get("requests");
        assertThat(kept).hasSize(2);
        assertThat(kept.get(0).get("query").asString()).isEqualTo("page=4");
        assertThat(kept.get(1).get("query").asString()).isEqualTo("page=3");

        // a trim that starts where the last one ended keeps the newest just the same
        for (int i = 4; i < 7; i++) {
            ok(api.get("/v1/campaigns?page=" + (i + 1)));
        }
        ok(controls.get(requests("")));
        assertThat(repository.trim(appId, 2, reached)).isGreaterThan(reached);
        assertThat(ok(controls.get(requests(""))).get("requests")).extracting(r -> r.get("query").asString())
                .containsExactly("page=7", "page=6");
        assertThat(repository.trim(appId, 2, 0)).as("nothing left to trim").isNull();
    }

    @Test
    void journalsManagementCallsUnderTheProjectTheyNameAndAccountCallsUnderManagement() {
        String account = "mgmt-" + UUID.randomUUID();
        ApiClient management = ApiClient.anonymous(port).withHeader("X-Management-Id", account)
                .withHeader("X-Management-Token", "t-" + account);
        ApiResponse created = management.post("/management/v1/projects", Map.of("name", "Journaled shop",
                "timezone", "Europe/Warsaw", "currency", "EUR", "cluster_id", "eu1", "case_sensitive_codes", false));
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        String projectId = created.body().get("id").asString();
        assertThat(management.get("/management/v1/projects/" + projectId).status()).isEqualTo(200);
        assertThat(management.get("/management/v1/projects/" + projectId + "/users/no-such-user").status())
                .isEqualTo(404);

        JsonNode named = ok(controls.get("/_emulator/projects/" + projectId + "/requests")).get("requests");
        assertThat(named).hasSize(2);
        assertThat(named.get(0).get("path").asString()).isEqualTo("/management/v1/projects/" + projectId
                + "/users/no-such-user");
        assertThat(named.get(0).get("status").asInt()).isEqualTo(404);
        assertThat(named.get(1).get("method").asString()).isEqualTo("GET");
        assertThat(named.get(1).get("operation_id").asString()).isEqualTo("get-project");

        // The account's own calls name no project: they wait under the reserved key "management".
        JsonNode accountCalls = ok(controls.post("/_emulator/projects/management/requests/find",
                Map.of("method", "POST", "path", "/management/v1/projects", "limit", 1000))).get("requests");
        assertThat(accountCalls.findValues("response_body").stream()
                .filter(body -> body.path("id").asString("").equals(projectId))).hasSize(1);
    }

    private String requests(String rest) {
        return "/_emulator/projects/" + appId + "/requests" + rest;
    }

    private static List<String> operations(JsonNode calls) {
        List<String> ids = new ArrayList<>();
        calls.forEach(call -> ids.add(call.get("operation_id").asString()));
        return ids;
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }
}
