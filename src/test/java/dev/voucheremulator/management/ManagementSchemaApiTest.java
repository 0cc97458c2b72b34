package dev.voucheremulator.management;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.EmulatorTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Metadata schemas and custom event schemas of a project: stored, echoed, merged on update. */
@EmulatorTest
class ManagementSchemaApiTest {

    @LocalServerPort
    int port;

    @Test
    void metadataSchemaLifecycle() {
        ApiClient management = Management.account(port);
        String base = "/management/v1/projects/" + Management.createProject(management).get("id").asString()
                + "/metadata-schemas";

        ApiClient.ApiResponse created = management.post(base, ApiClient.json("{\"related_object\":\"order\","
                + "\"properties\":{\"region\":{\"type\":\"string\",\"array\":true,\"eq\":[\"EU\",\"US\"]}}}"));
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        JsonNode schema = created.body();
        String id = schema.get("id").asString();
        assertThat(id).startsWith("ms_");
        assertThat(schema.get("object").asString()).isEqualTo("metadata_schema");
        assertThat(schema.get("related_object").asString()).isEqualTo("order");
        assertThat(schema.get("allow_defined_only").asBoolean()).isFalse();
        assertThat(schema.get("updated_at").isNull()).isTrue();
        JsonNode region = schema.get("properties").get("region");
        assertThat(region.get("type").asString()).isEqualTo("string");
        assertThat(region.get("optional").asBoolean()).isTrue();
        assertThat(region.get("array").asBoolean()).isTrue();
        assertThat(region.get("eq").get(1).asString()).isEqualTo("US");

        ApiClient.ApiResponse duplicate = management.post(base, ApiClient.json(
                "{\"related_object\":\"order\",\"properties\":{}}"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body().get("key").asString()).isEqualTo("duplicate_found");

        ApiClient.ApiResponse updated = management.put(base + "/" + id, ApiClient.json("{\"allow_defined_only\":true,"
                + "\"properties\":{\"channel\":{\"type\":\"number\",\"optional\":false}}}"));
        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        assertThat(updated.body().get("allow_defined_only").asBoolean()).isTrue();
        assertThat(updated.body().get("properties").propertyNames()).containsExactly("region", "channel");
        assertThat(updated.body().get("updated_at").asString()).isNotBlank();

        JsonNode list = management.get(base).body();
        assertThat(list.get("object").asString()).isEqualTo("list");
        assertThat(list.get("total").asInt()).isEqualTo(1);
        assertThat(management.get(base + "/" + id).body().get("properties").get("channel").get("type").asString())
                .isEqualTo("number");

        assertThat(management.delete(base + "/" + id).status()).isEqualTo(204);
        ApiClient.ApiResponse gone = management.get(base + "/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.body().get("details").asString()).isEqualTo("Cannot find metadata_schema with id " + id);
    }

    @Test
    void refusesAMetadataSchemaWithoutProperties() {
        ApiClient management = Management.account(port);
        String base = "/management/v1/projects/" + Management.createProject(management).get("id").asString()
                + "/metadata-schemas";
        ApiClient.ApiResponse refused = management.post(base, Map.of("related_object", "customer"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("key").asString()).isEqualTo("invalid_payload");
        assertThat(management.get(base).body().get("total").asInt()).isZero();
    }

    @Test
    void customEventSchemaLifecycle() {
        ApiClient management = Management.account(port);
        String base = "/management/v1/projects/" + Management.createProject(management).get("id").asString()
                + "/custom-event-schemas";

        ApiClient.ApiResponse created = management.post(base, ApiClient.json("{\"name\":\"review\","
                + "\"schema\":{\"properties\":{\"stars\":{\"type\":\"number\",\"optional\":true}}}}"));
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        String id = created.body().get("id").asString();
        assertThat(created.body().get("object").asString()).isEqualTo("custom-event-schema");
        assertThat(created.body().get("name").asString()).isEqualTo("review");
        assertThat(created.body().get("schema").get("properties").get("stars").get("optional").asBoolean()).isTrue();
        assertThat(management.post(base, ApiClient.json("{\"name\":\"review\",\"schema\":{}}")).status())
                .isEqualTo(409);

        ApiClient.ApiResponse updated = management.put(base + "/" + id, ApiClient.json(
                "{\"schema\":{\"properties\":{\"stars\":{\"type\":\"number\",\"optional\":false}}}}"));
        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        assertThat(updated.body().get("schema").get("properties").get("stars").get("optional").asBoolean()).isFalse();
        assertThat(updated.body().get("name").asString()).isEqualTo("review");

        assertThat(management.get(base).body().get("data").get(0).get("id").asString()).isEqualTo(id);
        assertThat(management.get(base + "/" + id).body().get("updated_at").asString()).isNotBlank();
        assertThat(management.delete(base + "/" + id).status()).isEqualTo(204);
        assertThat(management.get(base + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void refusesAnEventPropertyWithoutItsOptionalFlag() {
        ApiClient management = Management.account(port);
        String base = "/management/v1/projects/" + Management.createProject(management).get("id").asString()
                + "/custom-event-schemas";
        ApiClient.ApiResponse refused = management.post(base, ApiClient.json(
                "{\"name\":\"e\",\"schema\":{\"properties\":{\"a\":{\"type\":\"string\"}}}}"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("key").asString()).isEqualTo("invalid_payload");
    }
}
