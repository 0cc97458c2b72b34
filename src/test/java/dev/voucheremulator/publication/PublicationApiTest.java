package dev.voucheremulator.publication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@EmulatorTest
class PublicationApiTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void newProject() {
        api = ApiClient.forProject(port, "publications-" + UUID.randomUUID());
    }

    @Test
    void publishesTheOldestFreeVoucherOfACampaignToANewCustomer() {
        campaign("Static", "STATIC", 2, false);
        ApiResponse response = api.post("/v1/publications", Map.of(
                "campaign", Map.of("name", "Static"),
                "customer", Map.of("source_id", "alice@example.com", "name", "Alice", "email", "alice@example.com",
                        "metadata", Map.of("lang", "en")),
                "metadata", Map.of("year", 2025)));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        JsonNode publication = response.body();
        assertThat(publication.get("id").asString()).matches("pub_[0-9a-zA-Z]{32}");
        assertThat(publication.get("object").asString()).isEqualTo("publication");
        assertThat(publication.get("result").asString()).isEqualTo("SUCCESS");
        assertThat(publication.get("channel").asString()).isEqualTo("API");
        assertThat(publication.get("tracking_id").asString()).isEqualTo("alice@example.com");
        assertThat(publication.get("source_id").isNull()).isTrue();
        assertThat(publication.get("metadata").get("year").asInt()).isEqualTo(2025);
        String customerId = publication.get("customer_id").asString();
        assertThat(customerId).matches("cust_[0-9a-zA-Z]{24}");
        JsonNode customer = publication.get("customer");
        assertThat(customer.get("id").asString()).isEqualTo(customerId);
        assertThat(customer.get("name").asString()).isEqualTo("Alice");
        assertThat(customer.get("source_id").asString()).isEqualTo("alice@example.com");
        assertThat(customer.get("object").asString()).isEqualTo("customer");
        JsonNode voucher = publication.get("voucher");
        assertThat(voucher.get("holder_id").asString()).isEqualTo(customerId);
        assertThat(voucher.get("publish").get("count").asInt()).isEqualTo(1);
        assertThat(publication.get("vouchers_id").get(0).asString()).isEqualTo(voucher.get("id").asString());
        assertThat(publication.has("vouchers")).isFalse();

        JsonNode fetched = api.get("/v1/vouchers/" + voucher.get("code").asString()).body();
        assertThat(fetched.get("holder_id").asString()).isEqualTo(customerId);
        assertThat(fetched.get("publish").get("count").asInt()).isEqualTo(1);
        JsonNode held = api.get("/v1/vouchers?customer=" + customerId).body();
        assertThat(held.get("total").asInt()).isEqualTo(1);

        // the same customer, by source_id, gets the other voucher: the campaign is not join_once
        JsonNode second = ok(api.post("/v1/publications", Map.of("campaign", "Static",
                "customer", Map.of("source_id", "alice@example.com"))));
        assertThat(second.get("customer_id").asString()).isEqualTo(customerId);
        assertThat(second.get("voucher").get("code").asString()).isNotEqualTo(voucher.get("code").asString());
    }

    @Test
    void aCampaignUpdateNoLongerReachesPublishedVouchers() {
        campaign("Changing", "STATIC", 2, false);
        String published = ok(api.post("/v1/publications", Map.of("campaign", "Changing",
                "customer", Map.of("source_id", "p1")))).get("voucher").get("code").asString();
        ok(api.put("/v1/campaigns/Changing", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 3000))));
        for (JsonNode voucher : ok(api.get("/v1/vouchers?campaign=Changing")).get("vouchers")) {
            long expected = voucher.get("code").asString().equals(published) ? 1000 : 3000;
            assertThat(voucher.get("discount").get("amount_off").asLong()).isEqualTo(expected);
        }
    }

    @Test
    void publishesSeveralCodesAtOnce() {
        campaign("Bulk", "STATIC", 5, false);
        JsonNode publication = ok(api.post("/v1/publications", Map.of("campaign", Map.of("name", "Bulk", "count", 3),
                "customer", Map.of("source_id", "bob"))));
        assertThat(publication.get("vouchers")).hasSize(3);
        assertThat(publication.get("vouchers_id")).hasSize(3);
        assertThat(publication.has("voucher")).isFalse();
        for (JsonNode code : publication.get("vouchers")) {
            assertThat(api.get("/v1/vouchers/" + code.asString()).body().get("holder_id").asString())
                    .isEqualTo(publication.get("customer_id").asString());
        }
    }

    @Test
    void refusesWhenAStaticCampaignHasNoFreeVoucherAndListsTheFailure() {
        JsonNode campaign = campaign("Small", "STATIC", 1, false);
        ok(api.post("/v1/publications", Map.of("campaign", "Small", "customer", Map.of("source_id", "c1"))));
        ApiResponse refused = api.post("/v1/publications", Map.of("campaign", "Small",
                "customer", Map.of("source_id", "c2")));
        assertError(refused, 400, "no_voucher_suitable_for_publication");

        JsonNode failures = ok(api.get("/v1/publications?result=FAILURE"));
        assertThat(failures.get("total").asInt()).isEqualTo(1);
        JsonNode failure = failures.get("publications").get(0);
        assertThat(failure.get("result").asString()).isEqualTo("FAILURE");
        assertThat(failure.get("failure_code").asString()).isEqualTo("no_voucher_suitable_for_publication");
        assertThat(failure.get("failure_message").asString()).isNotBlank();
        assertThat(failure.get("customer").get("source_id").asString()).isEqualTo("c2");
        assertThat(failure.get("vouchers")).isEmpty();

        JsonNode summary = ok(api.get("/v1/campaigns/" + campaign.get("id").asString() + "/summary"));
        assertThat(summary.get("publications").asLong()).isEqualTo(2);
        assertThat(summary.get("publications_succeeded").asLong()).isEqualTo(1);
        assertThat(summary.get("publications_failed").asLong()).isEqualTo(1);
    }

    @Test
    void autoUpdateCampaignGeneratesAVoucherWhenNoneIsFree() {
        campaign("Auto", "AUTO_UPDATE", 0, false);
        JsonNode first = ok(api.post("/v1/publications", Map.of("campaign", Map.of("name", "Auto"),
                "customer", Map.of("source_id", "d1"))));
        JsonNode second = ok(api.post("/v1/publications", Map.of("campaign", Map.of("name", "Auto", "count", 2),
                "customer", Map.of("source_id", "d2"))));
        assertThat(first.get("voucher").get("campaign").asString()).isEqualTo("Auto");
        assertThat(second.get("vouchers")).hasSize(2);
        JsonNode campaign = ok(api.get("/v1/campaigns/Auto"));
        assertThat(campaign.get("vouchers_count").asInt()).isEqualTo(3);
        JsonNode summary = ok(api.get("/v1/campaigns/Auto/summary"));
        assertThat(summary.get("vouchers_created").asLong()).isEqualTo(3);
        assertThat(summary.get("publications_succeeded").asLong()).isEqualTo(2);
    }

    @Test
    void aSpecificVoucherIsPublishedOnce() {
        campaign("Specific", "STATIC", 0, false);
        ok(api.post("/v1/campaigns/Specific/vouchers/SPECIFIC-1", Map.of()));
        JsonNode first = ok(api.post("/v1/publications", Map.of("voucher", "SPECIFIC-1",
                "customer", Map.of("source_id", "e1"))));
        assertThat(first.get("voucher").get("code").asString()).isEqualTo("SPECIFIC-1");
        ApiResponse again = api.post("/v1/publications", Map.of("voucher", "SPECIFIC-1",
                "customer", Map.of("source_id", "e2")));
        assertError(again, 400, "voucher_already_published");
        assertThat(again.body().get("details").asString()).contains(first.get("voucher").get("id").asString());
        assertThat(ok(api.get("/v1/vouchers/SPECIFIC-1")).get("publish").get("count").asInt()).isEqualTo(1);
    }

    @Test
    void theVoucherWinsOverTheCampaign() {
        campaign("Winner", "STATIC", 3, false);
        ok(api.post("/v1/campaigns/Winner/vouchers/CHOSEN", Map.of()));
        JsonNode publication = ok(api.post("/v1/publications", Map.of("voucher", "CHOSEN",
                "campaign", Map.of("name", "Winner"), "customer", Map.of("source_id", "f1"))));
        assertThat(publication.get("voucher").get("code").asString()).isEqualTo("CHOSEN");
    }

    @Test
    void aDisabledVoucherCannotBePublished() {
        ok(api.post("/v1/vouchers/OFF-1", Map.of("type", "DISCOUNT_VOUCHER", "active", false,
                "discount", Map.of("type", "PERCENT", "percent_off", 10))));
        assertError(api.post("/v1/publications", Map.of("voucher", "OFF-1", "customer", Map.of("source_id", "g1"))),
                400, "voucher_cannot_be_published");
    }

    @Test
    void aStandaloneCampaignsSharedCodeCanBePublishedToManyCustomers() {
        ok(api.post("/v1/campaigns", Map.of("name", "Generic", "type", "STANDALONE", "campaign_type",
                "DISCOUNT_COUPONS", "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                        "discount", Map.of("type", "AMOUNT", "amount_off", 2000)))));
        JsonNode first = ok(api.post("/v1/publications", Map.of("campaign", "Generic", "customer",
                Map.of("source_id", "h1"))));
        JsonNode second = ok(api.post("/v1/publications", Map.of("campaign", "Generic", "customer",
                Map.of("source_id", "h2"))));
        assertThat(second.get("voucher").get("code").asString()).isEqualTo(first.get("voucher").get("code").asString());
        assertThat(second.get("voucher").get("publish").get("count").asInt()).isEqualTo(2);
        assertThat(second.get("voucher").get("holder_id").isNull()).isTrue();
    }

    @Test
    void joinOnceCampaignRefusesASecondCodeForTheSameCustomer() {
        JsonNode campaign = campaign("Once", "AUTO_UPDATE", 0, true);
        JsonNode first = ok(api.post("/v1/publications", Map.of("campaign", "Once", "customer",
                Map.of("source_id", "i1"))));
        assertError(api.post("/v1/publications", Map.of("campaign", "Once", "customer", Map.of("source_id", "i1"))),
                400, "voucher_cannot_be_published");

        // ?join_once=true: the same code (and publication) again instead of a refusal
        JsonNode again = ok(api.post("/v1/publications?join_once=true", Map.of("campaign", "Once",
                "customer", Map.of("source_id", "i1"))));
        assertThat(again.get("id").asString()).isEqualTo(first.get("id").asString());
        assertThat(again.get("voucher").get("code").asString()).isEqualTo(first.get("voucher").get("code").asString());

        // another customer still joins
        ok(api.post("/v1/publications", Map.of("campaign", "Once", "customer", Map.of("source_id", "i2"))));
        JsonNode summary = ok(api.get("/v1/campaigns/" + campaign.get("id").asString() + "/summary"));
        assertThat(summary.get("publications").asLong()).isEqualTo(3);
        assertThat(summary.get("publications_succeeded").asLong()).isEqualTo(2);
        assertThat(summary.get("publications_failed").asLong()).isEqualTo(1);
        assertThat(summary.get("vouchers_created").asLong()).isEqualTo(2);
    }

    @Test
    void joinOnceQueryFlagGivesTheSameCodeInAnyCampaign() {
        campaign("Many", "STATIC", 3, false);
        JsonNode first = ok(api.post("/v1/publications?join_once=true", Map.of("campaign", "Many",
                "customer", Map.of("source_id", "j1"))));
        JsonNode again = ok(api.post("/v1/publications?join_once=true", Map.of("campaign", "Many",
                "customer", Map.of("source_id", "j1"))));
        assertThat(again.get("voucher").get("code").asString()).isEqualTo(first.get("voucher").get("code").asString());
        assertThat(ok(api.get("/v1/publications")).get("total").asInt()).isEqualTo(1);
    }

    @Test
    void rejectsRequestsWithoutVoucherOrCampaign() {
        assertError(api.post("/v1/publications", Map.of("customer", Map.of("source_id", "k1"))), 400,
                "missing_vouchers");
        assertError(api.post("/v1/publications", Map.of("campaign", "X")), 400, "invalid_payload");
        assertError(api.post("/v1/publications", Map.of("campaign", "X", "customer", Map.of("name", "No key"))),
                400, "invalid_customer");
    }

    @Test
    void rejectsADuplicateSourceId() {
        campaign("Sourced", "STATIC", 2, false);
        JsonNode first = ok(api.post("/v1/publications", Map.of("campaign", "Sourced", "source_id", "pub-1",
                "customer", Map.of("source_id", "l1"), "channel", "myown")));
        assertThat(first.get("source_id").asString()).isEqualTo("pub-1");
        assertError(api.post("/v1/publications", Map.of("campaign", "Sourced", "source_id", "pub-1",
                "customer", Map.of("source_id", "l2"))), 400, "duplicate_source_id");
        assertError(api.post("/v1/publications", Map.of("campaign", Map.of("name", "Sourced", "count", 2),
                "source_id", "pub-2", "customer", Map.of("source_id", "l2"))), 400, "too_many_vouchers_requested");

        JsonNode bySource = ok(api.get("/v1/publications?source_id=pub-1"));
        assertThat(bySource.get("total").asInt()).isEqualTo(1);
        assertThat(bySource.get("publications").get(0).get("voucher").get("code").asString())
                .isEqualTo(first.get("voucher").get("code").asString());
        assertThat(bySource.get("publications").get(0).get("channel").asString()).isEqualTo("myown");
    }

    @Test
    void answersNotFoundForUnknownCampaignVoucherAndCustomer() {
        campaign("Known", "STATIC", 1, false);
        assertNotFound(api.post("/v1/publications", Map.of("campaign", "Unknown", "customer",
                Map.of("source_id", "m1"))), "campaign", "Unknown");
        assertNotFound(api.post("/v1/publications", Map.of("voucher", "NOPE", "customer",
                Map.of("source_id", "m1"))), "voucher", "NOPE");
        assertNotFound(api.post("/v1/publications", Map.of("campaign", "Known", "customer",
                Map.of("id", "cust_doesNotExist"))), "customer", "cust_doesNotExist");
        // none of them is a publication
        assertThat(ok(api.get("/v1/publications")).get("total").asInt()).isZero();
    }

    @Test
    void publishesThroughTheQueryStringForm() {
        campaign("Query", "STATIC", 2, false);
        JsonNode publication = ok(api.get("/v1/publications/create?campaign[name]=Query"
                + "&customer[source_id]=n1&customer[name]=Nina&metadata[origin]=newsletter"));
        assertThat(publication.get("voucher").get("campaign").asString()).isEqualTo("Query");
        assertThat(publication.get("customer").get("name").asString()).isEqualTo("Nina");
        assertThat(publication.get("metadata").get("origin").asString()).isEqualTo("newsletter");
        assertError(api.get("/v1/publications/create?campaign[name]=Query&campaign[count]=2&customer[source_id]=n1"),
                400, "too_many_vouchers_requested");
        assertError(api.get("/v1/publications/create?campaign[name]=Query"), 400, "invalid_query_params");
        assertError(api.get("/v1/publications/create?customer[source_id]=n1"), 400, "missing_vouchers");
    }

    @Test
    void listsNewestFirstWithPagingOrderAndFilters() {
        campaign("Listed", "STATIC", 4, false);
        List<String> ids = new ArrayList<>();
        for (String customer : List.of("o1", "o2", "o3")) {
            ids.add(ok(api.post("/v1/publications", Map.of("campaign", "Listed",
                    "customer", Map.of("source_id", customer)))).get("id").asString());
        }
        JsonNode page = ok(api.get("/v1/publications?limit=2"));
        assertThat(page.get("object").asString()).isEqualTo("list");
        assertThat(page.get("data_ref").asString()).isEqualTo("publications");
        assertThat(page.get("total").asInt()).isEqualTo(3);
        assertThat(page.get("publications").get(0).get("id").asString()).isEqualTo(ids.get(2));
        JsonNode item = page.get("publications").get(0);
        assertThat(item.get("voucher").get("object").asString()).isEqualTo("voucher");
        assertThat(item.get("voucher").get("campaign").asString()).isEqualTo("Listed");
        assertThat(item.get("voucher").get("discount").get("amount_off").asInt()).isEqualTo(1000);
        assertThat(item.get("customer").get("source_id").asString()).isEqualTo("o3");

        JsonNode second = ok(api.get("/v1/publications?limit=2&page=2"));
        assertThat(second.get("publications").get(0).get("id").asString()).isEqualTo(ids.get(0));
        assertThat(ok(api.get("/v1/publications?order=created_at")).get("publications").get(0).get("id").asString())
                .isEqualTo(ids.get(0));
        assertThat(ok(api.get("/v1/publications?order=-tracking_id")).get("publications").get(0)
                .get("tracking_id").asString()).isEqualTo("o3");

        String customerId = ok(api.get("/v1/publications?limit=1")).get("publications").get(0)
                .get("customer_id").asString();
        assertThat(ok(api.get("/v1/publications?customer=" + customerId)).get("total").asInt()).isEqualTo(1);
        assertThat(ok(api.get("/v1/publications?filters[customer_id][conditions][$is][0]=" + customerId))
                .get("total").asInt()).isEqualTo(1);
        assertThat(ok(api.get("/v1/publications?campaign=Listed&voucher_type=discount")).get("total").asInt())
                .isEqualTo(3);
        assertThat(ok(api.get("/v1/publications?voucher_type=loyalty")).get("total").asInt()).isZero();
        assertError(api.get("/v1/publications?page=1001"), 400, "page_over_limit");
        assertError(api.get("/v1/publications?order=name"), 400, "invalid_query_params");
        assertError(api.get("/v1/publications?limit=101"), 400, "invalid_query_params");
    }

    @Test
    void onlyOneOfConcurrentPublicationsGetsTheLastVoucher() throws Exception {
        JsonNode campaign = campaign("Last", "STATIC", 1, false);
        int clients = 16;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ApiResponse>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                String customer = "racer-" + i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return api.post("/v1/publications", Map.of("campaign", "Last",
                            "customer", Map.of("source_id", customer)));
                }));
            }
            start.countDown();
            int succeeded = 0;
            Set<String> keys = new HashSet<>();
            for (Future<ApiResponse> future : futures) {
                ApiResponse response = future.get();
                if (response.status() == 200) {
                    succeeded++;
                } else {
                    assertThat(response.status()).as(response.text()).isEqualTo(400);
                    keys.add(response.body().get("key").asString());
                }
            }
            assertThat(succeeded).isEqualTo(1);
            assertThat(keys).containsExactly("no_voucher_suitable_for_publication");
        } finally {
            pool.shutdownNow();
        }
        JsonNode summary = ok(api.get("/v1/campaigns/" + campaign.get("id").asString() + "/summary"));
        assertThat(summary.get("publications").asLong()).isEqualTo(clients);
        assertThat(summary.get("publications_succeeded").asLong()).isEqualTo(1);
        assertThat(summary.get("publications_failed").asLong()).isEqualTo(clients - 1);
        assertThat(ok(api.get("/v1/publications?result=SUCCESS")).get("total").asInt()).isEqualTo(1);
    }

    private JsonNode campaign(String name, String type, int vouchers, boolean joinOnce) {
        return ok(api.post("/v1/campaigns", Map.of("name", name, "type", type, "vouchers_count", vouchers,
                "join_once", joinOnce, "campaign_type", "DISCOUNT_COUPONS",
                "voucher", Map.of("type", "DISCOUNT_VOUCHER", "discount", Map.of("type", "AMOUNT", "amount_off", 1000),
                        "code_config", Map.of("length", 10)))));
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }

    private static void assertError(ApiResponse response, int status, String key) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.body().get("key").asString()).as(response.text()).isEqualTo(key);
        assertThat(response.body().get("code").asInt()).isEqualTo(status);
    }

    private static void assertNotFound(ApiResponse response, String resourceType, String resourceId) {
        assertError(response, 404, "not_found");
        assertThat(response.body().get("resource_type").asString()).isEqualTo(resourceType);
        assertThat(response.body().get("resource_id").asString()).isEqualTo(resourceId);
    }
}
