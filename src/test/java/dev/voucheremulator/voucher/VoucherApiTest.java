package dev.voucheremulator.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.EmulatorTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

@EmulatorTest
class VoucherApiTest {

    private static final String PERCENT_VOUCHER = """
            {"type": "DISCOUNT_VOUCHER", "category": "New Customers",
             "discount": {"type": "PERCENT", "percent_off": 10},
             "start_date": "2022-01-01T00:00:00Z", "expiration_date": "2030-12-31T23:59:59Z",
             "validity_day_of_week": [1, 2, 3, 4, 5], "active": false,
             "additional_info": "inactive until enabled", "redemption": {"quantity": 10},
             "metadata": {"test": true, "locale": "de-en"}}""";

    @LocalServerPort
    int port;

    @Autowired
    VoucherService vouchers;

    @Autowired
    VoucherIssueService issuer;

    RestTestClient http;
    // A project of its own per test: nothing another test created is visible.
    final String appId = "voucher-api-" + UUID.randomUUID();

    @BeforeEach
    void client() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void createsStandaloneVoucherWithTheGivenCode() {
        post("/v1/vouchers/WELCOME-10", PERCENT_VOUCHER).expectStatus().isOk().expectBody()
                .jsonPath("$.id").value(String.class, id -> assertThat(id).matches("v_[0-9a-zA-Z]{32}"))
                .jsonPath("$.code").isEqualTo("WELCOME-10")
                .jsonPath("$.object").isEqualTo("voucher")
                .jsonPath("$.type").isEqualTo("DISCOUNT_VOUCHER")
                .jsonPath("$.campaign").hasJsonPath()
                .jsonPath("$.campaign").value(v -> assertThat(v).isNull())
                .jsonPath("$.campaign_id").value(v -> assertThat(v).isNull())
                .jsonPath("$.holder_id").hasJsonPath()
                .jsonPath("$.gift").hasJsonPath()
                .jsonPath("$.loyalty_card").hasJsonPath()
                .jsonPath("$.updated_at").doesNotHaveJsonPath()
                .jsonPath("$.category").isEqualTo("New Customers")
                .jsonPath("$.category_id").value(String.class, id -> assertThat(id).startsWith("cat_"))
                .jsonPath("$.categories[0].name").isEqualTo("New Customers")
                .jsonPath("$.categories[0].object").isEqualTo("category")
                .jsonPath("$.discount.percent_off").isEqualTo(10)
                .jsonPath("$.discount.effect").isEqualTo("APPLY_TO_ORDER")
                .jsonPath("$.start_date").isEqualTo("2022-01-01T00:00:00.000Z")
                .jsonPath("$.expiration_date").isEqualTo("2030-12-31T23:59:59.000Z")
                .jsonPath("$.validity_day_of_week").isEqualTo(List.of(1, 2, 3, 4, 5))
                .jsonPath("$.active").isEqualTo(false)
                .jsonPath("$.additional_info").isEqualTo("inactive until enabled")
                .jsonPath("$.metadata.locale").isEqualTo("de-en")
                .jsonPath("$.is_referral_code").isEqualTo(false)
                .jsonPath("$.created_at").value(String.class,
                        at -> assertThat(at).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"))
                .jsonPath("$.assets.qr.url").value(String.class, url -> assertThat(url).startsWith("https://"))
                .jsonPath("$.assets.barcode.id").isNotEmpty()
                .jsonPath("$.redemption.quantity").isEqualTo(10)
                .jsonPath("$.redemption.redeemed_quantity").isEqualTo(0)
                .jsonPath("$.redemption.url").isEqualTo("/v1/vouchers/WELCOME-10/redemptions?page=1&limit=10")
                .jsonPath("$.publish.count").isEqualTo(0)
                .jsonPath("$.publish.url").isEqualTo("/v1/vouchers/WELCOME-10/publications?page=1&limit=10")
                .jsonPath("$.validation_rules_assignments.data_ref").isEqualTo("data")
                .jsonPath("$.validation_rules_assignments.total").isEqualTo(0);
    }

    @Test
    void unlimitedRedemptionIsWrittenAsNull() {
        post("/v1/vouchers/FREE", """
                {"gift": {"amount": 10000}}""").expectStatus().isOk().expectBody()
                .jsonPath("$.type").isEqualTo("GIFT_VOUCHER")
                .jsonPath("$.gift.balance").isEqualTo(10000)
                .jsonPath("$.discount").doesNotHaveJsonPath()
                .jsonPath("$.categories").isArray()
                .jsonPath("$.redemption.quantity").hasJsonPath()
                .jsonPath("$.redemption.quantity").value(v -> assertThat(v).isNull());
    }

    @Test
    void rejectsADuplicateCodeWithConflict() {
        post("/v1/vouchers/TWICE", PERCENT_VOUCHER).expectStatus().isOk();

        post("/v1/vouchers/TWICE", PERCENT_VOUCHER).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.code").isEqualTo(409)
                .jsonPath("$.key").isEqualTo("duplicate_found")
                .jsonPath("$.details").isEqualTo("Duplicated voucher exists with code TWICE")
                .jsonPath("$.resource_id").isEqualTo("TWICE")
                .jsonPath("$.resource_type").isEqualTo("voucher");
        post("/v1/vouchers", """
                {"code": "TWICE", "gift": {"amount": 100}}""").expectStatus().isEqualTo(409);
    }

    @Test
    void generatesACodeThatFollowsTheCodeConfig() {
        post("/v1/vouchers", """
                {"type": "GIFT_VOUCHER", "gift": {"amount": 5000, "effect": "APPLY_TO_ITEMS"},
                 "code_config": {"pattern": "GIFT-####", "prefix": "New-", "postfix": "-0", "charset": "0123456789"}}""")
                .expectStatus().isOk().expectBody()
                .jsonPath("$.code").value(String.class, code -> assertThat(code).matches("New-GIFT-\\d{4}-0"))
                .jsonPath("$.gift.amount").isEqualTo(5000)
                .jsonPath("$.gift.balance").isEqualTo(5000)
                .jsonPath("$.gift.effect").isEqualTo("APPLY_TO_ITEMS");
        post("/v1/vouchers", """
                {"discount": {"type": "AMOUNT", "amount_off": 500}}""")
                .expectStatus().isOk().expectBody()
                .jsonPath("$.code").value(String.class, code -> assertThat(code).matches("[0-9a-zA-Z]{8}"));
    }

    @Test
    void findsAVoucherByCodeAndById() {
        String[] id = new String[1];
        post("/v1/vouchers/FIND-ME", PERCENT_VOUCHER).expectStatus().isOk().expectBody()
                .jsonPath("$.id").value(String.class, value -> id[0] = value);

        get("/v1/vouchers/FIND-ME").expectStatus().isOk().expectBody()
                .jsonPath("$.id").isEqualTo(id[0])
                .jsonPath("$.category").isEqualTo("New Customers");
        get("/v1/vouchers/" + id[0]).expectStatus().isOk().expectBody().jsonPath("$.code").isEqualTo("FIND-ME");
    }

    @Test
    void returnsNotFoundForAnUnknownCode() {
        get("/v1/vouchers/NOPE").expectStatus().isNotFound().expectBody()
                .jsonPath("$.key").isEqualTo("not_found")
                .jsonPath("$.resource_id").isEqualTo("NOPE")
                .jsonPath("$.resource_type").isEqualTo("voucher");
    }

    @Test
    void rejectsInvalidBodies() {
        post("/v1/vouchers/CARD", """
                {"type": "LOYALTY_CARD", "loyalty_card": {"points": 100}}""")
                .expectStatus().isBadRequest().expectBody().jsonPath("$.key").isEqualTo("invalid_voucher");
        post("/v1/vouchers/X1", "{\"metadata\": {}}")
                .expectStatus().isBadRequest().expectBody().jsonPath("$.key").isEqualTo("invalid_payload");
        post("/v1/vouchers/X2", "{\"type\": \"DISCOUNT_VOUCHER\", \"discount\": {\"type\": \"PERCENT\"}}")
                .expectStatus().isBadRequest().expectBody().jsonPath("$.key").isEqualTo("invalid_payload");
        post("/v1/vouchers/X3", "{\"gift\": {\"amount\": 1}, \"start_date\": \"2022-02-01T00:00:00Z\","
                + " \"expiration_date\": \"2022-01-01T00:00:00Z\"}")
                .expectStatus().isBadRequest().expectBody().jsonPath("$.key").isEqualTo("invalid_payload");
        post("/v1/vouchers", "{\"gift\": {\"amount\": 1}, \"code_config\": {\"pattern\": \"ABC\"}}")
                .expectStatus().isBadRequest().expectBody().jsonPath("$.key").isEqualTo("invalid_payload");
    }

    @Test
    void aVoucherNamingACampaignIsLeftToTheCampaign() {
        post("/v1/vouchers/CAMPAIGN-X", """
                {"campaign": "No Such Campaign", "discount": {"type": "AMOUNT", "amount_off": 100}}""")
                .expectStatus().is4xxClientError();

        get("/v1/vouchers/CAMPAIGN-X").expectStatus().isNotFound();
    }

    @Test
    void listsPagesInTheRequestedOrderWithTheTotal() {
        for (String code : List.of("B-2", "C-3", "A-1")) {
            post("/v1/vouchers/" + code, PERCENT_VOUCHER).expectStatus().isOk();
        }

        get("/v1/vouchers?limit=2&page=1&order=code").expectStatus().isOk().expectBody()
                .jsonPath("$.object").isEqualTo("list")
                .jsonPath("$.data_ref").isEqualTo("vouchers")
                .jsonPath("$.total").isEqualTo(3)
                .jsonPath("$.vouchers[*].code").isEqualTo(List.of("A-1", "B-2"));
        get("/v1/vouchers?limit=2&page=2&order=code").expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(3)
                .jsonPath("$.vouchers[*].code").isEqualTo(List.of("C-3"));
        get("/v1/vouchers?order=-code").expectStatus().isOk().expectBody()
                .jsonPath("$.vouchers[*].code").isEqualTo(List.of("C-3", "B-2", "A-1"));
        get("/v1/vouchers?limit=5&page=9").expectStatus().isOk().expectBody()
                .jsonPath("$.vouchers").isEmpty()
                .jsonPath("$.total").isEqualTo(3);
        get("/v1/vouchers?code=B-2&category=New Customers").expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.vouchers[0].categories[0].name").isEqualTo("New Customers");
        get("/v1/vouchers?created_at[after]=2999-01-01T00:00:00Z").expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(0);
        get("/v1/vouchers?created_at[before]=2999-01-01&campaign_id=camp_none").expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(0);
    }

    @Test
    void rejectsInvalidQueryParameters() {
        for (String query : List.of("limit=0", "limit=101", "page=100", "page=x", "order=name",
                "created_at[before]=yesterday")) {
            get("/v1/vouchers?" + query).expectStatus().isBadRequest().expectBody()
                    .jsonPath("$.key").isEqualTo("invalid_query_params");
        }
    }

    @Test
    void requiresCredentials() {
        http.get().uri("/v1/vouchers").exchange().expectStatus().isUnauthorized().expectBody()
                .jsonPath("$.key").isEqualTo("unauthorized");
    }

    @Test
    void anotherProjectCannotSeeTheVoucher() {
        post("/v1/vouchers/MINE", PERCENT_VOUCHER).expectStatus().isOk();

        String other = "voucher-api-other-" + UUID.randomUUID();
        http.get().uri("/v1/vouchers/MINE").header("X-App-Id", other).header("X-App-Token", "t")
                .exchange().expectStatus().isNotFound();
        http.get().uri("/v1/vouchers").header("X-App-Id", other).header("X-App-Token", "t")
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(0);
        // the code is only taken in the first project
        http.post().uri("/v1/vouchers/MINE").header("X-App-Id", other).header("X-App-Token", "t")
                .contentType(MediaType.APPLICATION_JSON).body(PERCENT_VOUCHER)
                .exchange().expectStatus().isOk();
    }

    @Test
    void generatesUniqueCodesUntilTheSpaceIsExhausted() {
        get("/v1/vouchers").expectStatus().isOk(); // creates the project
        VoucherTemplate template = new VoucherTemplate(null, null, null, dev.voucheremulator.spec.VoucherType.GIFT_VOUCHER,
                null, new dev.voucheremulator.spec.Gift(1000L, null, null, null), null, null,
                new dev.voucheremulator.spec.CodeConfig(null, "0123456789", "G-", null, "##", null),
                false, dev.voucheremulator.spec.Validity.NONE, null);

        List<VoucherResponse> created = issuer.generate(appId, template, 100, null);

        assertThat(created).extracting(VoucherResponse::code).doesNotHaveDuplicates().hasSize(100)
                .allMatch(code -> code.matches("G-\\d\\d"));
        assertThat(created.get(0).gift().balance()).isEqualTo(1000L);
        assertThat(vouchers.list(appId, VoucherListQuery.DEFAULT).total()).isEqualTo(100);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> issuer.generate(appId, template, 1, null))
                .hasMessage("Invalid campaign");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> issuer.generate(appId, template, 101, null))
                .hasFieldOrPropertyWithValue("details", "Code config cannot produce 101 unique codes");
    }

    private ResponseSpec post(String path, String json) {
        return http.post().uri(path).header("X-App-Id", appId).header("X-App-Token", "token")
                .contentType(MediaType.APPLICATION_JSON).body(json).exchange();
    }

    private ResponseSpec get(String path) {
        return http.get().uri(path).header("X-App-Id", appId).header("X-App-Token", "token").exchange();
    }
}
