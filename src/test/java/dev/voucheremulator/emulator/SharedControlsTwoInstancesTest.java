package dev.voucheremulator.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.EmulatorApplication;
import dev.voucheremulator.api.db.ChangeNotifications;
import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import dev.voucheremulator.support.RawHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Fault rules and quotas set through one instance hold on a second instance on the same database:
 * the counting happens in the database, and the second instance hears of the change through
 * PostgreSQL notifications (the tests wait for that notification, which takes milliseconds).
 */
@EmulatorTest
class SharedControlsTwoInstancesTest {

    private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";
    private static ConfigurableApplicationContext second;

    @LocalServerPort
    int port;

    @Autowired
    JdbcConnectionDetails database;

    String appId;
    ApiClient controls;

    @BeforeEach
    void secondInstanceOnTheSameDatabase() {
        appId = "shared-" + UUID.randomUUID();
        controls = ApiClient.anonymous(port);
        if (second == null) {
            // Logback is already set up for this JVM; a second context configuring it again would reset it.
            System.setProperty(LOGGING_SYSTEM, "none");
            try {
                second = new SpringApplicationBuilder(EmulatorApplication.class).run("--server.port=0",
                        "--spec.exchanges.file=false", "--spring.datasource.url=" + database.getJdbcUrl(),
                        "--spring.datasource.username=" + database.getUsername(),
                        "--spring.datasource.password=" + database.getPassword());
            } finally {
                System.clearProperty(LOGGING_SYSTEM);
            }
        }
    }

    @AfterAll
    static void stopTheSecondInstance() {
        if (second != null) {
            second.close();
            second = null;
        }
    }

    @Test
    void aQuotaSetOnOneInstanceCountsCallsToBoth() throws InterruptedException {
        CountDownLatch heard = heardOnSecond("emulator_quota_limits");
        ok(controls.put(project("/limits"), Map.of("api_calls", List.of(Map.of("value", 3, "duration", "PT1M")))));
        assertThat(heard.await(10, TimeUnit.SECONDS)).isTrue();

        List<Integer> ports = List.of(port, secondPort(), port, secondPort(), port);
        List<RawHttp.Response> calls = new ArrayList<>();
        for (int on : ports) {
            calls.add(RawHttp.send(on, "GET", "/v1/campaigns", Map.of("X-App-Id", appId, "X-App-Token", "t"), null));
        }

        assertThat(calls).extracting(RawHttp.Response::status).containsExactly(200, 200, 200, 429, 429);
        assertThat(calls.subList(0, 3)).extracting(call -> call.headers().get("x-rate-limit-remaining"))
                .containsExactly("2", "1", "0");
        JsonNode usage = ok(ApiClient.anonymous(secondPort()).get(project("/limits"))).get("api_calls").get(0);
        assertThat(usage.get("used").asInt()).isEqualTo(3);
    }

    @Test
    void concurrentCallsToBothInstancesPassTheQuotaExactlyNTimes() throws Exception {
        CountDownLatch heard = heardOnSecond("emulator_quota_limits");
        ok(controls.put(project("/limits"), Map.of("api_calls", List.of(Map.of("value", 10, "duration", "PT1H")))));
        assertThat(heard.await(10, TimeUnit.SECONDS)).isTrue();

        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Integer>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < 32; i++) {
                int on = i % 2 == 0 ? port : secondPort();
                calls.add(pool.submit(() -> RawHttp.send(on, "GET", "/v1/campaigns",
                        Map.of("X-App-Id", appId, "X-App-Token", "t"), null).status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> call : calls) {
                statuses.add(call.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsOnly(200, 429);
            assertThat(statuses.stream().filter(status -> status == 200).count()).isEqualTo(10);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFaultWithTimesOneFailsExactlyOneOfTheRedemptionsSentToBoth() throws InterruptedException {
        ok(ApiClient.forProject(port, appId).post("/v1/vouchers/SHARED", Map.of("type", "DISCOUNT_VOUCHER",
                "discount", Map.of("type", "PERCENT", "percent_off", 10), "redemption", Map.of("quantity", 10))));
        CountDownLatch heard = heardOnSecond("emulator_fault_rules");
        ok(controls.put(project("/faults"), List.of(Map.of(
                "match", Map.of("operation_id", "redeem-stacked-discounts", "times", 1),
                "error", Map.of("status", 400)))));
        assertThat(heard.await(10, TimeUnit.SECONDS)).isTrue();

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ApiClient instance = ApiClient.forProject(i % 2 == 0 ? secondPort() : port, appId);
            statuses.add(instance.post("/v1/redemptions", Map.of(
                    "redeemables", List.of(Map.of("object", "voucher", "id", "SHARED")),
                    "order", Map.of("amount", 1000))).status());
        }

        assertThat(statuses).containsExactly(400, 200, 200, 200, 200, 200);
        assertThat(ok(ApiClient.forProject(port, appId).get("/v1/vouchers/SHARED")).get("redemption")
                .get("redeemed_quantity").asInt()).isEqualTo(5);
        JsonNode counters = ok(controls.get(project("/faults"))).get("faults").get(0);
        assertThat(counters.get("matched").asInt()).isEqualTo(6);
        assertThat(counters.get("fired").asInt()).isEqualTo(1);
    }

    @Test
    void aRuleDeletedOnOneInstanceStopsFiringOnTheOther() throws InterruptedException {
        CountDownLatch heard = heardOnSecond("emulator_fault_rules");
        String ruleId = ok(controls.put(project("/faults"), List.of(Map.of(
                "match", Map.of("operation_id", "list-campaigns"), "error", Map.of("status", 409)))))
                .get("faults").get(0).get("id").asString();
        assertThat(heard.await(10, TimeUnit.SECONDS)).isTrue();
        ApiClient onSecond = ApiClient.forProject(secondPort(), appId);
        assertThat(onSecond.get("/v1/campaigns").status()).isEqualTo(409);

        assertThat(controls.delete(project("/faults/" + ruleId)).status()).isEqualTo(204);

        // No waiting: a rule the second instance still caches is counted in the database, where it is gone.
        assertThat(onSecond.get("/v1/campaigns").status()).isEqualTo(200);
        assertThat(ok(ApiClient.anonymous(secondPort()).get(project("/faults"))).get("total").asInt()).isZero();
    }

    @Test
    void aResetOfEverythingOnOneInstanceLiftsLimitsAndRulesOnTheOther() throws InterruptedException {
        CountDownLatch heard = heardOnSecond("emulator_quota_limits");
        ok(controls.put(project("/limits"), Map.of("api_calls", List.of(Map.of("value", 1, "duration", "PT1H")))));
        ok(controls.put(project("/faults"), List.of(Map.of(
                "match", Map.of("operation_id", "list-vouchers"), "error", Map.of("status", 409)))));
        assertThat(heard.await(10, TimeUnit.SECONDS)).isTrue();
        ApiClient onSecond = ApiClient.forProject(secondPort(), appId);
        assertThat(onSecond.get("/v1/campaigns").status()).isEqualTo(200);
        assertThat(onSecond.get("/v1/campaigns").status()).isEqualTo(429);

        assertThat(ApiClient.anonymous(port).post("/_emulator/reset", null).status()).isEqualTo(204);

        assertThat(onSecond.get("/v1/campaigns").status()).isEqualTo(200);
        assertThat(onSecond.get("/v1/vouchers").status()).isEqualTo(200);
        assertThat(ok(ApiClient.anonymous(secondPort()).get(project("/limits"))).get("api_calls")).isEmpty();
    }

    /** Counts down once the second instance has heard of a change to this test's project on the channel. */
    private CountDownLatch heardOnSecond(String channel) {
        CountDownLatch heard = new CountDownLatch(1);
        // Subscribers are called in subscription order, so the instance's own cache has heard it first.
        second.getBean(ChangeNotifications.class).subscribe(channel, payload -> {
            if (appId.equals(payload)) {
                heard.countDown();
            }
        });
        return heard;
    }

    private String project(String rest) {
        return "/_emulator/projects/" + appId + rest;
    }

    private static int secondPort() {
        return second.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }
}
