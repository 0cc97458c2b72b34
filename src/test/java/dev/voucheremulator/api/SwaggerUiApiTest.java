package dev.voucheremulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document and Swagger UI a developer opens to explore and try the emulator. */
@EmulatorTest
class SwaggerUiApiTest {

    // The official operation ids and paths of every operation built so far.
    private static final Map<String, String> OFFICIAL_OPERATIONS = officialOperations();

    @LocalServerPort
    int port;

    JsonNode apiDocs;

    @BeforeEach
    void fetchApiDocs() {
        ApiResponse docs = ApiClient.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).as(docs.text()).isEqualTo(200);
        apiDocs = docs.body();
    }

    @Test
    void documentsEveryBuiltOperationUnderItsOfficialIdAndPath() {
        assertThat(apiDocs.get("openapi").asString()).startsWith("3.");
        assertThat(operations()).containsAllEntriesOf(OFFICIAL_OPERATIONS);
    }

    @Test
    void describesItselfAsAnUnofficialEmulator() {
        JsonNode info = apiDocs.get("info");
        assertThat(info.get("title").asString()).isEqualTo("Voucherify API emulator");
        assertThat(info.get("description").asString()).containsIgnoringCase("unofficial");
    }

    @Test
    void declaresAppIdAndTokenOrBearerSecurity() {
        JsonNode schemes = apiDocs.get("components").get("securitySchemes");
        for (String header : List.of("X-App-Id", "X-App-Token")) {
            JsonNode scheme = schemes.get(header);
            assertThat(scheme).as(header).isNotNull();
            assertThat(scheme.get("type").asString()).isEqualTo("apiKey");
            assertThat(scheme.get("in").asString()).isEqualTo("header");
            assertThat(scheme.get("name").asString()).isEqualTo(header);
        }
        assertThat(schemes.get("bearerAuth").get("type").asString()).isEqualTo("http");
        assertThat(schemes.get("bearerAuth").get("scheme").asString()).isEqualTo("bearer");

        // One requirement object is an AND of its schemes; the list is an OR of the objects.
        List<List<String>> alternatives = new ArrayList<>();
        for (JsonNode requirement : apiDocs.get("security")) {
            alternatives.add(new ArrayList<>(requirement.propertyNames()));
        }
        assertThat(alternatives).containsExactlyInAnyOrder(List.of("X-App-Id", "X-App-Token"), List.of("bearerAuth"));
    }

    @Test
    void managementOperationsDeclareTheManagementKeysInstead() {
        JsonNode schemes = apiDocs.get("components").get("securitySchemes");
        for (String header : List.of("X-Management-Id", "X-Management-Token")) {
            assertThat(schemes.get(header).get("in").asString()).as(header).isEqualTo("header");
            assertThat(schemes.get(header).get("name").asString()).isEqualTo(header);
        }
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : apiDocs.get("paths").properties()) {
            if (!path.getKey().startsWith("/management/v1/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                operations++;
                JsonNode security = operation.getValue().get("security");
                assertThat(security).as("%s %s", operation.getKey(), path.getKey()).hasSize(1);
                assertThat(security.get(0).propertyNames())
                        .containsExactlyInAnyOrder("X-Management-Id", "X-Management-Token");
            }
        }
        assertThat(operations).isEqualTo(38);
    }

    @Test
    void hidesTheProjectAndServletRequestFromTheParameters() {
        for (Map.Entry<String, JsonNode> path : apiDocs.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode parameters = operation.getValue().get("parameters");
                if (parameters == null) {
                    continue;
                }
                for (JsonNode parameter : parameters) {
                    assertThat(parameter.get("name").asString())
                            .as("%s %s", operation.getKey(), path.getKey())
                            .isNotIn("project", "account", "request", "params");
                }
            }
        }
    }

    /**
     * Springdoc would invent ids like "list_1"; every emulated operation must carry the official kebab-case id
     * (a few official ids keep capitals: list-SKUs-in-product, import-SKUs-using-csv).
     */
    @Test
    void everyApiOperationCarriesAnOfficialStyleOperationId() {
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : apiDocs.get("paths").properties()) {
            if (!path.getKey().startsWith("/v1/") && !path.getKey().startsWith("/management/v1/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                operations++;
                assertThat(operation.getValue().get("operationId").asString())
                        .as("%s %s", operation.getKey(), path.getKey())
                        .matches("[a-z0-9]+(-[a-zA-Z0-9]+)*");
            }
        }
        assertThat(operations).isGreaterThan(50);
    }

    @Test
    void tryItOutCallsTheEmulatorItself() {
        URI docsUri = URI.create("http://localhost:" + port + "/v3/api-docs");
        JsonNode servers = apiDocs.get("servers");
        assertThat(servers).hasSize(1);
        URI server = docsUri.resolve(servers.get(0).get("url").asString());

        assertThat(server).isEqualTo(URI.create("http://localhost:" + port + "/"));
        ApiResponse list = ApiClient.forProject(server.getPort(), "swagger-try-it-out").get("/v1/campaigns");
        assertThat(list.status()).as(list.text()).isEqualTo(200);
    }

    @Test
    void servesSwaggerUiOnTheConfiguredPathAndPointsItAtTheDocument() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> ui = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/swagger-ui.html")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.uri().getPath()).isEqualTo("/swagger-ui/index.html");
        assertThat(ui.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(ui.body()).contains("Swagger UI");

        ApiResponse config = ApiClient.anonymous(port).get("/v3/api-docs/swagger-config");
        assertThat(config.status()).as(config.text()).isEqualTo(200);
        // The contract first; the emulator controls (/_emulator/**) are a group of their own.
        assertThat(config.body().get("urls").findValuesAsString("url"))
                .contains("/v3/api-docs", "/v3/api-docs/emulator-controls");
        assertThat(config.body().get("urls.primaryName").asString()).isEqualTo("Voucherify API");
    }

    /** operationId to "METHOD path", from {@code paths.*.*.operationId}. */
    private Map<String, String> operations() {
        Map<String, String> operations = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> path : apiDocs.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode id = operation.getValue().get("operationId");
                if (id != null) {
                    operations.put(id.asString(), operation.getKey().toUpperCase() + " " + path.getKey());
                }
            }
        }
        return operations;
    }

    private static Map<String, String> officialOperations() {
        Map<String, String> operations = new LinkedHashMap<>();
        operations.put("create-campaign", "POST /v1/campaigns");
        operations.put("list-campaigns", "GET /v1/campaigns");
        operations.put("get-campaign", "GET /v1/campaigns/{campaignId}");
        operations.put("update-campaign", "PUT /v1/campaigns/{campaignId}");
        operations.put("delete-campaign", "DELETE /v1/campaigns/{campaignId}");
        operations.put("enable-campaign", "POST /v1/campaigns/{campaignId}/enable");
        operations.put("disable-campaign", "POST /v1/campaigns/{campaignId}/disable");
        operations.put("add-vouchers-to-campaign", "POST /v1/campaigns/{campaignId}/vouchers");
        operations.put("add-voucher-with-specific-code-to-campaign", "POST /v1/campaigns/{campaignId}/vouchers/{code}");
        operations.put("generate-random-code", "POST /v1/vouchers");
        operations.put("create-voucher", "POST /v1/vouchers/{code}");
        operations.put("get-voucher", "GET /v1/vouchers/{code}");
        operations.put("list-vouchers", "GET /v1/vouchers");
        operations.put("update-voucher", "PUT /v1/vouchers/{code}");
        operations.put("enable-voucher", "POST /v1/vouchers/{code}/enable");
        operations.put("disable-voucher", "POST /v1/vouchers/{code}/disable");
        operations.put("update-voucher-balance", "POST /v1/vouchers/{code}/balance");
        operations.put("list-voucher-transactions", "GET /v1/vouchers/{code}/transactions");
        operations.put("get-voucher-redemptions", "GET /v1/vouchers/{code}/redemption");
        operations.put("list-async-actions", "GET /v1/async-actions");
        operations.put("get-async-action", "GET /v1/async-actions/{asyncActionId}");
        operations.put("generate-oauth-token", "POST /v1/oauth/token");
        operations.put("revoke-oauth-token", "POST /v1/oauth/token/revoke");
        operations.put("create-project", "POST /management/v1/projects");
        operations.put("list-projects", "GET /management/v1/projects");
        operations.put("get-project", "GET /management/v1/projects/{projectId}");
        operations.put("update-project", "PUT /management/v1/projects/{projectId}");
        operations.put("delete-project", "DELETE /management/v1/projects/{projectId}");
        operations.put("assign-user", "POST /management/v1/projects/{projectId}/users");
        operations.put("list-users", "GET /management/v1/projects/{projectId}/users");
        operations.put("get-user", "GET /management/v1/projects/{projectId}/users/{userId}");
        operations.put("update-user", "PUT /management/v1/projects/{projectId}/users/{userId}");
        operations.put("unassign-user", "DELETE /management/v1/projects/{projectId}/users/{userId}");
        operations.put("invite-user", "POST /management/v1/projects/users/invite");
        operations.put("management-list-campaign-templates", "GET /management/v1/projects/{projectId}/templates/campaigns");
        operations.put("management-copy-campaign-template", "POST /management/v1/projects/{projectId}/templates/campaigns/{campaignTemplateId}/copy");
        operations.put("create-stacking-rules", "POST /management/v1/projects/{projectId}/stacking-rules");
        operations.put("list-stacking-rules", "GET /management/v1/projects/{projectId}/stacking-rules");
        operations.put("get-stacking-rules", "GET /management/v1/projects/{projectId}/stacking-rules/{stackingRulesId}");
        operations.put("update-stacking-rules", "PUT /management/v1/projects/{projectId}/stacking-rules/{stackingRulesId}");
        operations.put("delete-stacking-rules", "DELETE /management/v1/projects/{projectId}/stacking-rules/{stackingRulesId}");
        operations.put("create-metadata-schema", "POST /management/v1/projects/{projectId}/metadata-schemas");
        operations.put("list-metadata-schemas-1", "GET /management/v1/projects/{projectId}/metadata-schemas");
        operations.put("get-metadata-schema-1", "GET /management/v1/projects/{projectId}/metadata-schemas/{metadataSchemaId}");
        operations.put("update-metadata-schema", "PUT /management/v1/projects/{projectId}/metadata-schemas/{metadataSchemaId}");
        operations.put("delete-metadata-schema", "DELETE /management/v1/projects/{projectId}/metadata-schemas/{metadataSchemaId}");
        operations.put("create-custom-event-schema", "POST /management/v1/projects/{projectId}/custom-event-schemas");
        operations.put("list-custom-event-schemas", "GET /management/v1/projects/{projectId}/custom-event-schemas");
        operations.put("get-custom-event-schema", "GET /management/v1/projects/{projectId}/custom-event-schemas/{customEventSchemaId}");
        operations.put("update-custom-event-schema", "PUT /management/v1/projects/{projectId}/custom-event-schemas/{customEventSchemaId}");
        operations.put("delete-custom-event-schema", "DELETE /management/v1/projects/{projectId}/custom-event-schemas/{customEventSchemaId}");
        operations.put("create-webhook", "POST /management/v1/projects/{projectId}/webhooks");
        operations.put("list-webhooks", "GET /management/v1/projects/{projectId}/webhooks");
        operations.put("get-webhook", "GET /management/v1/projects/{projectId}/webhooks/{webhookId}");
        operations.put("update-webhook", "PUT /management/v1/projects/{projectId}/webhooks/{webhookId}");
        operations.put("delete-webhook", "DELETE /management/v1/projects/{projectId}/webhooks/{webhookId}");
        operations.put("create-brand", "POST /management/v1/projects/{projectId}/branding");
        operations.put("list-brands", "GET /management/v1/projects/{projectId}/branding");
        operations.put("get-brand", "GET /management/v1/projects/{projectId}/branding/{brandingId}");
        operations.put("update-brand", "PUT /management/v1/projects/{projectId}/branding/{brandingId}");
        operations.put("delete-brand", "DELETE /management/v1/projects/{projectId}/branding/{brandingId}");
        return operations;
    }
}
