package dev.voucheremulator.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.PostgresTestConfiguration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A shared instance (strict keys, {@code emulator.controls.token} set): every control wants the token,
 * whichever module serves it; a capture sink still receives deliveries. Same context as StrictAuthApiTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"emulator.auth.mode=strict", "emulator.auth.keys=shop:secret,other:s3cret",
            "emulator.controls.token=control-s3cret"})
@Import(PostgresTestConfiguration.class)
class GuardedControlsApiTest {

    @LocalServerPort
    int port;

    @Test
    void everyControlWantsTheTokenAndTheApiDoesNot() {
        ApiClient shop = ApiClient.anonymous(port).withHeader("X-App-Id", "shop").withHeader("X-App-Token", "secret");
        assertThat(shop.post("/v1/customers", Map.of("source_id", "guarded-1")).status()).isEqualTo(200);

        for (String[] call : new String[][] {{"POST", "/_emulator/reset"}, {"GET", "/_emulator/health"},
                {"POST", "/_emulator/projects/shop/reset"}, {"GET", "/_emulator/projects/shop/clock"},
                {"GET", "/_emulator/projects/shop/requests"}, {"GET", "/_emulator/projects/shop/faults"},
                {"GET", "/_emulator/projects/shop/limits"}, {"GET", "/_emulator/projects/shop/webhooks/deliveries"},
                {"GET", "/_emulator/sinks/guarded"}}) {
            for (ApiClient caller : new ApiClient[] {shop, shop.withHeader("X-Emulator-Token", "wrong")}) {
                ApiResponse refused = caller.send(call[0], call[1], null, "application/json");
                assertThat(refused.status()).as(call[0] + " " + call[1]).isEqualTo(401);
                assertThat(refused.body().get("key").asString()).isEqualTo("unauthorized");
            }
        }
        assertThat(shop.get("/v1/customers/guarded-1").status()).isEqualTo(200);

        ApiClient operator = shop.withHeader("X-Emulator-Token", "control-s3cret");
        assertThat(operator.get("/_emulator/projects/shop/clock").status()).isEqualTo(200);
        assertThat(ApiClient.anonymous(port).post("/_emulator/sinks/guarded", Map.of("type", "test")).status())
                .isEqualTo(200);
        assertThat(operator.get("/_emulator/sinks/guarded").body().get("requests")).hasSize(1);
        assertThat(operator.post("/_emulator/projects/shop/reset", null).status()).isEqualTo(204);
        assertThat(shop.get("/v1/customers/guarded-1").status()).isEqualTo(404);
    }
}
