package dev.voucheremulator.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import dev.voucheremulator.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Open mode: any app keys get a token, and the token names their project until revoked or expired. */
@EmulatorTest
class OAuthApiTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    ApiClient app;

    @BeforeEach
    void projectWithACampaign() {
        app = ApiClient.forProject(port, "oauth-" + UUID.randomUUID());
        ApiResponse campaign = app.post("/v1/campaigns", Map.of("name", "Owned", "campaign_type", "DISCOUNT_COUPONS",
                "voucher", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 100))));
        assertThat(campaign.status()).as(campaign.text()).isEqualTo(200);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void issuedTokenNamesTheProjectThatAskedUntilItIsRevoked() {
        ApiResponse issued = app.send("POST", "/v1/oauth/token", "grant_type=client_credentials&scope=api+vouchers",
                FORM);
        assertThat(issued.status()).as(issued.text()).isEqualTo(200);
        JsonNode body = issued.body();
        String token = body.get("access_token").asString();
        assertThat(token).matches("[0-9A-Za-z]{50}");
        assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.get("scope").asString()).isEqualTo("api vouchers");
        assertThat(body.get("expires_in").asLong()).isEqualTo(900);
        assertThat(body.get("expires_at").asLong()).isBetween(Instant.now().getEpochSecond() + 890,
                Instant.now().getEpochSecond() + 910);
        assertThat(body.get("client_id").asString()).isNotBlank();

        ApiClient bearer = ApiClient.anonymous(port).withHeader("Authorization", "Bearer " + token);
        assertThat(campaigns(bearer)).isEqualTo(1);
        // only a digest is stored
        assertThat(jdbc.sql("select count(*) from oauth_token where token_hash = ?").param(token)
                .query(Long.class).single()).isZero();

        ApiResponse revoked = app.send("POST", "/v1/oauth/token/revoke", "access_token=" + token, FORM);
        assertThat(revoked.status()).as(revoked.text()).isEqualTo(204);
        assertThat(revoked.text()).isEmpty();
        assertUnauthorized(bearer.get("/v1/campaigns"));
        assertThat(app.send("POST", "/v1/oauth/token/revoke", "access_token=" + token, FORM).status())
                .isEqualTo(204);
    }

    @Test
    void tokenExpiresAfter900Seconds() {
        clock.set(Instant.parse("2030-06-01T12:00:00Z"));
        JsonNode issued = issue(app);
        assertThat(issued.get("expires_at").asLong()).isEqualTo(Instant.parse("2030-06-01T12:15:00Z").getEpochSecond());
        ApiClient bearer = ApiClient.anonymous(port).withHeader("Authorization",
                "Bearer " + issued.get("access_token").asString());

        clock.advance(Duration.ofSeconds(899));
        assertThat(campaigns(bearer)).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertUnauthorized(bearer.get("/v1/campaigns"));
    }

    @Test
    void anotherProjectCanNeitherUseNorRevokeIt() {
        String token = issue(app).get("access_token").asString();
        ApiClient stranger = ApiClient.forProject(port, "oauth-stranger-" + UUID.randomUUID());

        assertThat(stranger.send("POST", "/v1/oauth/token/revoke", "access_token=" + token, FORM).status())
                .isEqualTo(204);
        ApiClient bearer = ApiClient.anonymous(port).withHeader("Authorization", "Bearer " + token);
        assertThat(campaigns(bearer)).isEqualTo(1);
        // with X-App-Id naming another project, the issued token does not open it
        assertUnauthorized(bearer.withHeader("X-App-Id", "oauth-stranger").get("/v1/campaigns"));
    }

    @Test
    void aBearerTokenCannotMintTokens() {
        String token = issue(app).get("access_token").asString();
        ApiClient bearer = ApiClient.anonymous(port).withHeader("Authorization", "Bearer " + token);
        assertUnauthorized(bearer.send("POST", "/v1/oauth/token", "grant_type=client_credentials&scope=api", FORM));
    }

    @Test
    void anUnknownBearerTokenStillNamesItsOwnProjectInOpenMode() {
        ApiClient own = ApiClient.anonymous(port).withHeader("Authorization", "Bearer own-" + UUID.randomUUID());
        assertThat(campaigns(own)).isZero();
    }

    @ParameterizedTest(name = "{0} {1} ({2}) -> {3}")
    @CsvSource(delimiter = '|', value = {
            "/v1/oauth/token        | scope=api                                       | form | 400 | invalid_payload",
            "/v1/oauth/token        | grant_type=password&scope=api                   | form | 400 | invalid_payload",
            "/v1/oauth/token        | grant_type=client_credentials                   | form | 400 | invalid_payload",
            "/v1/oauth/token        | grant_type=client_credentials&scope=api,vouchers | form | 400 | invalid_payload",
            "/v1/oauth/token        | grant_type=client_credentials&scope=api&scope=api | form | 400 | invalid_payload",
            "/v1/oauth/token        | grant_type=client_credentials&scope=%zz         | form | 400 | invalid_payload",
            "/v1/oauth/token        | grant_type=client_credentials&scope=%ff         | form | 400 | invalid_payload",
            "/v1/oauth/token        | =x&grant_type=client_credentials                | form | 400 | invalid_payload",
            "/v1/oauth/token        | ''                                               | form | 400 | invalid_payload",
            "/v1/oauth/token        | {\"grant_type\":\"client_credentials\"}           | json | 415 | unsupported_media_type",
            "/v1/oauth/token/revoke | token=abc                                       | form | 400 | invalid_payload",
            "/v1/oauth/token/revoke | {\"access_token\":\"abc\"}                       | json | 415 | unsupported_media_type"})
    void rejectsMalformedRequestsWithAVoucherifyError(String path, String body, String type, int status, String key) {
        ApiResponse response = app.send("POST", path, body, type.equals("form") ? FORM : "application/json");
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.body().get("code").asInt()).isEqualTo(status);
        assertThat(response.body().get("key").asString()).isEqualTo(key);
    }

    private JsonNode issue(ApiClient client) {
        ApiResponse issued = client.send("POST", "/v1/oauth/token", "grant_type=client_credentials&scope=api", FORM);
        assertThat(issued.status()).as(issued.text()).isEqualTo(200);
        return issued.body();
    }

    private static int campaigns(ApiClient client) {
        ApiResponse list = client.get("/v1/campaigns");
        assertThat(list.status()).as(list.text()).isEqualTo(200);
        return list.body().get("total").asInt();
    }

    private static void assertUnauthorized(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(401);
        assertThat(response.body().get("key").asString()).isEqualTo("unauthorized");
    }
}
