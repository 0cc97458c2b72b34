package dev.voucheremulator.management;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.EmulatorTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The campaign templates of a project's /v1 side, listed and copied through the Management API. */
@EmulatorTest
class ManagementTemplateApiTest {

    @LocalServerPort
    int port;

    @Test
    void listsAProjectsTemplatesAndCopiesOneToAnotherProject() {
        ApiClient management = Management.account(port);
        JsonNode source = Management.createProject(management);
        JsonNode destination = Management.createProject(management);
        ApiClient shop = Management.keysOf(port, source);
        String campaignId = shop.post("/v1/campaigns", ApiClient.json("{\"name\":\"Autumn\",\"campaign_type\":"
                + "\"DISCOUNT_COUPONS\",\"voucher\":{\"type\":\"DISCOUNT_VOUCHER\",\"discount\":{\"type\":\"PERCENT\","
                + "\"percent_off\":10}}}")).body().get("id").asString();
        ApiClient.ApiResponse template = shop.post("/v1/templates/campaigns", Map.of("name", "Autumn template",
                "description", "Ten percent", "campaign_id", campaignId));
        assertThat(template.status()).as(template.text()).isEqualTo(200);
        String templateId = template.body().get("id").asString();

        String templates = "/management/v1/projects/" + source.get("id").asString() + "/templates/campaigns";
        ApiClient.ApiResponse list = management.get(templates + "?include_total=true");
        assertThat(list.status()).as(list.text()).isEqualTo(200);
        assertThat(list.body().get("object").asString()).isEqualTo("list");
        assertThat(list.body().get("data_ref").asString()).isEqualTo("data");
        assertThat(list.body().get("total").asInt()).isEqualTo(1);
        assertThat(list.body().get("has_more").asBoolean()).isFalse();
        JsonNode listed = list.body().get("data").get(0);
        assertThat(listed.get("id").asString()).isEqualTo(templateId);
        assertThat(listed.get("campaign_type").asString()).isEqualTo("DISCOUNT_COUPONS");
        assertThat(listed.get("object").asString()).isEqualTo("campaign_template");

        ApiClient.ApiResponse copy = management.post(templates + "/" + templateId + "/copy", Map.of(
                "name", "Autumn copy", "destination_project_id", destination.get("id").asString()));
        assertThat(copy.status()).as(copy.text()).isEqualTo(200);
        assertThat(copy.body().get("id").asString()).startsWith("camp_tpl_").isNotEqualTo(templateId);
        assertThat(copy.body().get("name").asString()).isEqualTo("Autumn copy");
        assertThat(copy.body().get("description").asString()).isEqualTo("Ten percent");
        assertThat(copy.body().get("object").asString()).isEqualTo("campaign_template");

        ApiClient other = Management.keysOf(port, destination);
        JsonNode copied = other.get("/v1/templates/campaigns").body().get("data");
        assertThat(copied).hasSize(1);
        assertThat(copied.get(0).get("name").asString()).isEqualTo("Autumn copy");
        ApiClient.ApiResponse setup = other.post("/v1/templates/campaigns/" + copy.body().get("id").asString()
                + "/campaign-setup", Map.of("name", "From the copy"));
        assertThat(setup.status()).as(setup.text()).isEqualTo(200);

        ApiClient.ApiResponse again = management.post(templates + "/" + templateId + "/copy", Map.of(
                "name", "Autumn copy", "destination_project_id", destination.get("id").asString()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("key").asString()).isEqualTo("duplicate_found");
    }

    @Test
    void copiesOnlyToAProjectOfTheSameAccount() {
        ApiClient management = Management.account(port);
        String source = Management.createProject(management).get("id").asString();
        String foreign = Management.createProject(Management.account(port)).get("id").asString();
        ApiClient.ApiResponse refused = management.post("/management/v1/projects/" + source
                + "/templates/campaigns/camp_tpl_x/copy", Map.of("name", "C", "destination_project_id", foreign));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body().get("details").asString()).isEqualTo("Cannot find project with id " + foreign);
    }
}
