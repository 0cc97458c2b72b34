package dev.voucheremulator.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.PostgresTestConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Strict mode: only configured app keys get a token; the token then opens only their project. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"emulator.auth.mode=strict", "emulator.auth.keys=shop:secret,other:s3cret",
            "emulator.controls.token=control-s3cret"})
@Import(PostgresTestConfiguration.class)
class OAuthStrictApiTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String GRANT = "grant_type=client_credentials&scope=api";

    @LocalServerPort
    int port;

    @Test
    void onlyConfiguredKeysGetATokenAndItOpensOnlyTheirProject() {
        ApiClient anonymous = ApiClient.anonymous(port);
        ApiClient shop = anonymous.withHeader("X-App-Id", "shop").withHeader("X-App-Token", "secret");

        assertThat(anonymous.withHeader("X-App-Id", "shop").withHeader("X-App-Token", "wrong")
                .send("POST", "/v1/oauth/token", GRANT, FORM).status()).isEqualTo(401);
        assertThat(anonymous.withHeader("X-App-Id", "stranger").withHeader("X-App-Token", "secret")
                .send("POST", "/v1/oauth/token", GRANT, FORM).status()).isEqualTo(401);

        ApiResponse issued = shop.send("POST", "/v1/oauth/token", GRANT, FORM);
        assertThat(issued.status()).as(issued.text()).isEqualTo(200);
        String token = issued.body().get("access_token").asString();
        ApiClient bearer = anonymous.withHeader("Authorization", "Bearer " + token);
        assertThat(bearer.get("/v1/campaigns").status()).isEqualTo(200);
        assertThat(bearer.withHeader("X-App-Id", "shop").get("/v1/campaigns").status()).isEqualTo(200);
        assertThat(bearer.withHeader("X-App-Id", "other").get("/v1/campaigns").status()).isEqualTo(401);

        assertThat(shop.send("POST", "/v1/oauth/token/revoke", "access_token=" + token, FORM).status())
                .isEqualTo(204);
        assertThat(bearer.get("/v1/campaigns").status()).isEqualTo(401);
        // unknown bearer tokens stay refused in strict mode
        assertThat(anonymous.withHeader("Authorization", "Bearer " + token + "x").get("/v1/campaigns").status())
                .isEqualTo(401);
    }
}
