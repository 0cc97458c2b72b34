package dev.voucheremulator.customer;

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
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@EmulatorTest
class CustomerApiTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void newProject() {
        api = ApiClient.forProject(port, "customers-" + UUID.randomUUID());
    }

    @Test
    void oneSourceIdUsedByAPublicationAValidationAndARedemptionIsOneCustomerWithAllThreeInItsActivity() {
        ok(api.post("/v1/campaigns", Map.of("name", "Spring", "type", "AUTO_UPDATE", "campaign_type", "DISCOUNT_COUPONS",
                "voucher", Map.of("type", "DISCOUNT_VOUCHER", "discount", Map.of("type", "AMOUNT", "amount_off", 1000)))));
        Map<String, Object> alice = Map.of("source_id", "alice", "email", "alice@example.com");
        JsonNode publication = ok(api.post("/v1/publications", Map.of("campaign", "Spring", "customer", alice)));
        String code = publication.get("voucher").get("code").asString();
        String customerId = publication.get("customer_id").asString();
        Map<String, Object> request = Map.of("redeemables", List.of(Map.of("object", "voucher", "id", code)),
                "customer", Map.of("source_id", "alice"), "order", Map.of("amount", 5000));
        JsonNode validation = ok(api.post("/v1/validations", request));
        assertThat(validation.get("valid").asBoolean()).isTrue();
        JsonNode redeemed = ok(api.post("/v1/redemptions", request));
        assertThat(redeemed.get("redemptions").get(0).get("customer_id").asString()).isEqualTo(customerId);

        JsonNode activity = ok(api.get("/v1/customers/" + customerId + "/activity?order=created_at"));
        assertThat(types(activity)).containsExactly("customer.publication.succeeded", "customer.validation.succeeded",
                "customer.redemption.succeeded");
        assertThat(activity.get("data").get(2).get("data").get("redemption").get("id").asString())
                .isEqualTo(redeemed.get("redemptions").get(0).get("id").asString());
        assertThat(types(ok(api.get("/v1/customers/alice/activity")))).first()
                .isEqualTo("customer.redemption.succeeded");

        JsonNode customers = ok(api.get("/v1/customers"));
        assertThat(customers.get("total").asInt()).isEqualTo(1);
        JsonNode customer = ok(api.get("/v1/customers/alice"));
        assertThat(customer.get("id").asString()).isEqualTo(customerId);
        JsonNode summary = customer.get("summary");
        assertThat(summary.get("redemptions").get("total_redeemed").asInt()).isEqualTo(1);
        assertThat(summary.get("redemptions").get("total_succeeded").asInt()).isEqualTo(1);
        assertThat(summary.get("orders").get("total_amount").asLong()).isEqualTo(5000);
        assertThat(summary.get("orders").get("total_count").asInt()).isEqualTo(1);
        assertThat(summary.get("orders").get("last_order_amount").asLong()).isEqualTo(5000);

        JsonNode redeemables = ok(api.get("/v1/customers/" + customerId + "/redeemables"));
        assertThat(redeemables.get("data").get(0).get("redeemable_id").asString())
                .isEqualTo(publication.get("voucher").get("id").asString());
        assertThat(redeemables.get("data").get(0).get("campaign_type").asString()).isEqualTo("DISCOUNT_COUPONS");

        String redemptionId = redeemed.get("redemptions").get(0).get("id").asString();
        ok(api.post("/v1/redemptions/" + redemptionId + "/rollback", Map.of()));
        JsonNode after = ok(api.get("/v1/customers/" + customerId)).get("summary").get("redemptions");
        assertThat(after.get("total_rolled_back").asInt()).isEqualTo(1);
        assertThat(after.get("total_rollback_succeeded").asInt()).isEqualTo(1);
        JsonNode onlyRollbacks = ok(api.get("/v1/customers/" + customerId
                + "/activity?type=customer.redemption.rollback.succeeded"));
        assertThat(onlyRollbacks.get("data").size()).isEqualTo(1);
        String campaignId = publication.get("voucher").get("campaign_id").asString();
        assertThat(ok(api.get("/v1/customers/" + customerId + "/activity?campaign_id=" + campaignId))
                .get("data").size()).isEqualTo(4);
        assertThat(ok(api.get("/v1/customers/" + customerId + "/activity?campaign_id=camp_other"))
                .get("data").size()).isZero();
        assertThat(ok(api.get("/v1/customers/" + customerId + "/activity?end_date=2020-01-01"))
                .get("data").size()).isZero();
    }

    @Test
    void createUpsertsBySourceIdAndGetUpdateDeleteFindTheCustomerByIdOrSourceId() {
        JsonNode created = ok(api.post("/v1/customers", Map.of("source_id", "bob", "name", "Bob",
                "address", Map.of("city", "Warsaw"), "metadata", Map.of("tier", "gold"))));
        assertThat(created.get("object").asString()).isEqualTo("customer");
        assertThat(created.get("id").asString()).matches("cust_[0-9a-zA-Z]{24}");
        assertThat(created.has("updated_at")).isFalse();
        assertThat(created.get("summary").get("redemptions").get("total_redeemed").asInt()).isZero();
        assertThat(created.get("loyalty").get("points").asInt()).isZero();
        assertThat(created.get("referrals").get("campaigns").isArray()).isTrue();

        JsonNode again = ok(api.post("/v1/customers", Map.of("source_id", "bob", "email", "bob@example.com")));
        assertThat(again.get("id").asString()).isEqualTo(created.get("id").asString());
        assertThat(again.get("name").asString()).isEqualTo("Bob");
        assertThat(again.get("email").asString()).isEqualTo("bob@example.com");
        assertThat(again.has("updated_at")).isTrue();

        JsonNode updated = ok(api.put("/v1/customers/bob", Map.of("description", "regular")));
        assertThat(updated.get("description").asString()).isEqualTo("regular");
        assertThat(ok(api.get("/v1/customers/" + created.get("id").asString())).get("description").asString())
                .isEqualTo("regular");
        assertThat(types(ok(api.get("/v1/customers/bob/activity?order=created_at"))))
                .containsExactly("customer.created", "customer.updated", "customer.updated");

        assertThat(ok(api.get("/v1/customers/bob/segments")).get("data").size()).isZero();
        assertThat(api.delete("/v1/customers/bob").status()).isEqualTo(204);
        assertThat(api.get("/v1/customers/bob").status()).isEqualTo(404);
        assertThat(api.get("/v1/customers/" + created.get("id").asString()).status()).isEqualTo(404);
        // the source_id is free again
        JsonNode newBob = ok(api.post("/v1/customers", Map.of("source_id", "bob")));
        assertThat(newBob.get("id").asString()).isNotEqualTo(created.get("id").asString());

        JsonNode deletion = ok(api.post("/v1/customers/bob/permanent-deletion", null));
        assertThat(deletion.get("id").asString()).startsWith("del_");
        assertThat(deletion.get("related_object_id").asString()).isEqualTo(newBob.get("id").asString());
        assertThat(deletion.get("status").asString()).isEqualTo("DONE");
        assertThat(api.get("/v1/customers/bob").status()).isEqualTo(404);
    }

    @Test
    void listsCustomersWithTheirFiltersOrderAndPaging() {
        ok(api.post("/v1/customers", Map.of("source_id", "a", "name", "Ann", "email", "ann@example.com",
                "address", Map.of("city", "Paris"))));
        ok(api.post("/v1/customers", Map.of("source_id", "b", "name", "Ben", "address", Map.of("city", "Rome"))));
        ok(api.post("/v1/customers", Map.of("source_id", "c", "name", "Cid")));

        JsonNode all = ok(api.get("/v1/customers?limit=2"));
        assertThat(all.get("data_ref").asString()).isEqualTo("customers");
        assertThat(all.get("total").asInt()).isEqualTo(3);
        assertThat(all.get("has_more").asBoolean()).isTrue();
        assertThat(sourceIds(all)).containsExactly("c", "b");
        assertThat(sourceIds(ok(api.get("/v1/customers?limit=2&page=2")))).containsExactly("a");
        assertThat(sourceIds(ok(api.get("/v1/customers?order=source_id")))).containsExactly("a", "b", "c");
        assertThat(sourceIds(ok(api.get("/v1/customers?city=Rome")))).containsExactly("b");
        assertThat(sourceIds(ok(api.get("/v1/customers?email=ann@example.com")))).containsExactly("a");
        assertThat(sourceIds(ok(api.get("/v1/customers?name=Cid")))).containsExactly("c");
        assertThat(sourceIds(ok(api.get("/v1/customers?segment_id=seg_x")))).isEmpty();
        assertThat(sourceIds(ok(api.get("/v1/customers?created_at[before]=2020-01-01T00:00:00Z")))).isEmpty();
        assertThat(sourceIds(ok(api.get("/v1/customers?created_at[after]=2020-01-01T00:00:00Z")))).hasSize(3);
        assertThat(sourceIds(ok(api.get("/v1/customers?updated_at[after]=2020-01-01T00:00:00Z")))).isEmpty();
        String bCreated = ok(api.get("/v1/customers/b")).get("created_at").asString();
        assertThat(sourceIds(ok(api.get("/v1/customers?starting_after=" + bCreated)))).containsExactly("a");
    }

    @Test
    void bulkAndMetadataUpdatesAreRecordedAsAsyncActions() {
        ok(api.post("/v1/customers", Map.of("source_id", "x", "metadata", Map.of("keep", 1, "drop", 2))));
        ApiResponse bulk = api.post("/v1/customers/bulk/async", List.of(Map.of("source_id", "x", "name", "Xena"),
                Map.of("source_id", "y", "name", "Yann")));
        assertThat(bulk.status()).as(bulk.text()).isEqualTo(202);
        JsonNode action = ok(api.get("/v1/async-actions/" + bulk.body().get("async_action_id").asString()));
        assertThat(action.get("type").asString()).isEqualTo("CUSTOMERS.BULK_UPDATE");
        assertThat(action.get("result").get("done_count").asInt()).isEqualTo(2);
        assertThat(ok(api.get("/v1/customers/y")).get("name").asString()).isEqualTo("Yann");

        Map<String, Object> metadata = new java.util.HashMap<>();
        metadata.put("drop", null);
        metadata.put("added", "yes");
        ApiResponse meta = api.post("/v1/customers/metadata/async", Map.of("source_ids", List.of("x", "y"),
                "metadata", metadata));
        assertThat(meta.status()).as(meta.text()).isEqualTo(202);
        assertThat(ok(api.get("/v1/async-actions/" + meta.body().get("async_action_id").asString()))
                .get("type").asString()).isEqualTo("CUSTOMERS.METADATA_UPDATE");
        JsonNode x = ok(api.get("/v1/customers/x")).get("metadata");
        assertThat(x.get("keep").asInt()).isEqualTo(1);
        assertThat(x.get("added").asString()).isEqualTo("yes");
        assertThat(x.has("drop")).isFalse();
    }

    @Test
    void importsCustomersFromACsvFile() {
        String csv = "Name,Email,Source_id,Address_City,Birthdate,Loyalty_level\n"
                + "John Doe,john@example.com,john,Krakow,21-06-1995,gold\n"
                + "\"Doe, Jane\",jane@example.com,jane,,,\n"
                + "No Source,nobody@example.com,,,,\n"
                + "Bad Date,bad@example.com,bad,,someday,\n";
        ApiResponse imported = multipart("/v1/customers/importCSV", "file", "customers.csv", csv);
        assertThat(imported.status()).as(imported.text()).isEqualTo(202);
        JsonNode result = ok(api.get("/v1/async-actions/" + imported.body().get("async_action_id").asString()))
                .get("result");
        assertThat(result.get("done_count").asInt()).isEqualTo(2);
        assertThat(result.get("failed").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(result.get("failed").get(1).get("source_id").asString()).isEqualTo("bad");
        JsonNode john = ok(api.get("/v1/customers/john"));
        assertThat(john.get("birthdate").asString()).isEqualTo("1995-06-21");
        assertThat(john.get("address").get("city").asString()).isEqualTo("Krakow");
        assertThat(john.get("metadata").get("Loyalty_level").asString()).isEqualTo("gold");
        assertThat(ok(api.get("/v1/customers/jane")).get("name").asString()).isEqualTo("Doe, Jane");
    }

    @Test
    void aBrokenMultipartBodyOrAMissingFileIsABadRequest() {
        ApiResponse broken = api.send("POST", "/v1/customers/importCSV", "--x\r\nContent-Disposition: form-data",
                "multipart/form-data; boundary=x");
        assertThat(broken.status()).as(broken.text()).isEqualTo(400);
        assertThat(broken.body().get("key").asString()).isEqualTo("invalid_payload");
        ApiResponse noFile = multipart("/v1/customers/importCSV", "other", "a.csv", "Source_id\na\n");
        assertThat(noFile.status()).as(noFile.text()).isEqualTo(400);
        ApiResponse json = api.post("/v1/customers/importCSV", Map.of());
        assertThat(json.status()).isEqualTo(415);
        assertThat(ok(api.get("/v1/customers")).get("total").asInt()).isZero();
    }

    @Test
    void aCustomEventUpsertsTheCustomerAndJoinsItsActivity() {
        JsonNode event = ok(api.post("/v1/events", Map.of("event", "signed-up",
                "customer", Map.of("source_id", "carol"), "metadata", Map.of("plan", "pro"))));
        assertThat(event.get("object").asString()).isEqualTo("event");
        assertThat(event.get("type").asString()).isEqualTo("signed-up");
        assertThat(event.get("customer").get("source_id").asString()).isEqualTo("carol");
        assertThat(event.get("referral").isNull()).isTrue();
        assertThat(event.get("loyalty").isNull()).isTrue();
        assertThat(event.get("metadata").get("plan").asString()).isEqualTo("pro");
        String id = event.get("customer").get("id").asString();
        JsonNode activity = ok(api.get("/v1/customers/" + id + "/activity"));
        assertThat(types(activity)).containsExactly("customer.custom_event");
        assertThat(activity.get("data").get(0).get("data").get("event").get("type").asString()).isEqualTo("signed-up");
        // by email only: the same customer again
        ok(api.put("/v1/customers/carol", Map.of("email", "carol@example.com")));
        JsonNode byEmail = ok(api.post("/v1/events", Map.of("event", "logged-in",
                "customer", Map.of("email", "carol@example.com"))));
        assertThat(byEmail.get("customer").get("id").asString()).isEqualTo(id);
    }

    @Test
    void aWriteThatCannotAnswerJsonIsRefusedBeforeItChangesAnything() {
        ApiResponse refused = api.withHeader("Accept", "text/html").post("/v1/customers", Map.of("source_id", "eve"));
        assertThat(refused.status()).as(refused.text()).isEqualTo(406);
        assertThat(ok(api.get("/v1/customers")).get("total").asInt()).isZero();
    }

    @Test
    void pagesTheActivityWithACursor() {
        ok(api.post("/v1/customers", Map.of("source_id", "dan")));
        for (int i = 0; i < 3; i++) {
            ok(api.post("/v1/events", Map.of("event", "e" + i, "customer", Map.of("source_id", "dan"))));
        }
        JsonNode first = ok(api.get("/v1/customers/dan/activity?limit=2&order=created_at"));
        assertThat(first.get("has_more").asBoolean()).isTrue();
        assertThat(types(first)).containsExactly("customer.created", "customer.custom_event");
        JsonNode second = ok(api.get("/v1/customers/dan/activity?limit=2&order=created_at&starting_after_id="
                + first.get("more_starting_after").asString()));
        assertThat(second.get("data").size()).isEqualTo(2);
        assertThat(second.get("has_more").asBoolean()).isFalse();
        assertThat(ok(api.get("/v1/customers/dan/activity?category=EFFECT")).get("data").size()).isZero();
    }

    private ApiResponse multipart(String path, String part, String filename, String content) {
        String body = "--b0undary\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--b0undary--\r\n";
        return api.send("POST", path, body, "multipart/form-data; boundary=b0undary");
    }

    private static List<String> types(JsonNode list) {
        List<String> types = new ArrayList<>();
        list.get("data").forEach(a -> types.add(a.get("type").asString()));
        return types;
    }

    private static List<String> sourceIds(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("customers").forEach(c -> ids.add(c.get("source_id").asString()));
        return ids;
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }
}
