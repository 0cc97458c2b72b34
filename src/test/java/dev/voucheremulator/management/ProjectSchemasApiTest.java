package dev.voucheremulator.management;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.EmulatorTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Metadata schemas and custom event schemas set through the Management API refuse what does not fit them. */
@EmulatorTest
class ProjectSchemasApiTest {

    @LocalServerPort
    int port;

    private ApiClient management;
    private String projectBase;
    private ApiClient api;

    @BeforeEach
    void project() {
        management = Management.account(port);
        var project = Management.createProject(management);
        projectBase = "/management/v1/projects/" + project.get("id").asString();
        api = Management.keysOf(port, project);
    }

    private void defined(String path, Object body) {
        ApiClient.ApiResponse created = management.post(projectBase + path, body);
        assertThat(created.status()).as(created.text()).isEqualTo(200);
    }

    private static void refused(ApiClient.ApiResponse response, String details) {
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.body().get("key").asString()).isEqualTo("metadata_validation_failed");
        assertThat(response.body().get("message").asString()).isEqualTo("Metadata validation failed");
        assertThat(response.body().get("details").asString()).isEqualTo(details);
    }

    @Test
    void aRequiredOrTypedCustomerPropertyRefusesWhatDoesNotFitAndStoresNothing() {
        defined("/metadata-schemas", Map.of("related_object", "customer", "properties", Map.of(
                "tier", Map.of("type", "string", "optional", false, "eq", List.of("gold", "silver")),
                "age", Map.of("type", "number", "optional", true, "gte", 18))));

        refused(api.post("/v1/customers", Map.of("source_id", "alice", "metadata", Map.of("age", 30))),
                "tier: is required");
        refused(api.post("/v1/customers", Map.of("source_id", "alice", "metadata", Map.of("tier", "bronze"))),
                "tier: must be equal to one of gold,silver (actual value is 'bronze')");
        refused(api.post("/v1/customers", Map.of("source_id", "alice", "metadata", Map.of("tier", "gold",
                "age", "old"))), "age: must be a number (actual value is 'old')");
        assertThat(api.get("/v1/customers").body().get("total").asInt()).as("nothing stored").isZero();

        ApiClient.ApiResponse created = api.post("/v1/customers", Map.of("source_id", "alice",
                "metadata", Map.of("tier", "gold", "age", 30, "note", "free-form")));
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        refused(api.put("/v1/customers/alice", Map.of("metadata", Map.of("tier", 1))),
                "tier: must be a string (actual value is '1')");
        assertThat(api.get("/v1/customers/alice").body().get("metadata").get("tier").asString()).isEqualTo("gold");
    }

    @Test
    void allowDefinedOnlyRefusesUndefinedVoucherMetadata() {
        defined("/metadata-schemas", Map.of("related_object", "voucher", "allow_defined_only", true,
                "properties", Map.of("channel", Map.of("type", "string", "optional", true))));
        Map<String, Object> voucher = Map.of("type", "DISCOUNT_VOUCHER",
                "discount", Map.of("type", "AMOUNT", "amount_off", 100));

        refused(api.post("/v1/vouchers/STRICT", Map.of("type", "DISCOUNT_VOUCHER", "discount",
                        Map.of("type", "AMOUNT", "amount_off", 100), "metadata", Map.of("other", "x"))),
                "other: is not defined in the metadata schema");
        assertThat(api.get("/v1/vouchers/STRICT").status()).isEqualTo(404);
        assertThat(api.post("/v1/vouchers/STRICT", voucher).status()).isEqualTo(200);
    }

    @Test
    void theRedemptionSchemaAppliesToTheMetadataOfValidationsAndRedemptions() {
        defined("/metadata-schemas", Map.of("related_object", "redemption", "properties", Map.of(
                "location_id", Map.of("type", "string", "optional", true, "array", true,
                        "eq", List.of("L1", "L2")))));
        assertThat(api.post("/v1/vouchers/LOC", Map.of("type", "DISCOUNT_VOUCHER",
                "discount", Map.of("type", "AMOUNT", "amount_off", 100))).status()).isEqualTo(200);
        Map<String, Object> wrong = Map.of("redeemables", List.of(Map.of("object", "voucher", "id", "LOC")),
                "metadata", Map.of("location_id", "L1"));

        refused(api.post("/v1/validations", wrong), "location_id: must be an array (actual value is 'L1')");
        refused(api.post("/v1/redemptions", wrong), "location_id: must be an array (actual value is 'L1')");
        assertThat(api.get("/v1/vouchers/LOC").body().get("redemption").get("redeemed_quantity").asInt()).isZero();

        ApiClient.ApiResponse redeemed = api.post("/v1/redemptions", Map.of("redeemables",
                List.of(Map.of("object", "voucher", "id", "LOC")), "metadata", Map.of("location_id", List.of("L2"))));
        assertThat(redeemed.status()).as(redeemed.text()).isEqualTo(200);
    }

    @Test
    void customEventSchemasDecideWhichEventsAreTracked() {
        Map<String, Object> customer = Map.of("source_id", "bob");
        assertThat(api.post("/v1/events", Map.of("event", "anything", "customer", customer)).status())
                .as("a project without event schemas takes any event").isEqualTo(200);

        defined("/custom-event-schemas", Map.of("name", "signed_up", "schema", Map.of("properties",
                Map.of("plan", Map.of("type", "number", "optional", false)))));

        ApiClient.ApiResponse unknown = api.post("/v1/events", Map.of("event", "anything", "customer", customer));
        assertThat(unknown.status()).as(unknown.text()).isEqualTo(404);
        assertThat(unknown.body().get("key").asString()).isEqualTo("not_found");
        refused(api.post("/v1/events", Map.of("event", "signed_up", "customer", customer)), "plan: is required");
        refused(api.post("/v1/events", Map.of("event", "signed_up", "customer", customer,
                "metadata", Map.of("plan", "pro"))), "plan: must be a number (actual value is 'pro')");

        ApiClient.ApiResponse tracked = api.post("/v1/events", Map.of("event", "signed_up", "customer", customer,
                "metadata", Map.of("plan", 2)));
        assertThat(tracked.status()).as(tracked.text()).isEqualTo(200);
        assertThat(tracked.body().get("type").asString()).isEqualTo("signed_up");
    }
}
