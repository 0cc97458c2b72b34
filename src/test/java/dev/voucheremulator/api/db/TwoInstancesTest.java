package dev.voucheremulator.api.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.EmulatorApplication;
import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two emulators on one PostgreSQL, started at the same moment (Flyway serialises their migrations),
 * then raced: the last use of a voucher is decided in the database, so 64 concurrent redemptions of
 * a quantity-10 voucher, half sent to each instance, give exactly 10 successes. What one instance
 * keeps in its caches follows changes made through the other.
 */
class TwoInstancesTest {

    private static final int CLIENTS = 64;
    private static final int USES = 10;
    private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

    @Test
    void limitsHoldAcrossTwoInstancesOnOneDatabase() throws Exception {
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().start()) {
            String url = database.getJdbcUrl("postgres", "postgres");
            // Logback is configured once per JVM, and two contexts configuring it at the same moment
            // race; the JVM's logging is already set up, so these two leave it alone.
            System.setProperty(LOGGING_SYSTEM, "none");
            CompletableFuture<ConfigurableApplicationContext> a = CompletableFuture.supplyAsync(() -> start(url));
            CompletableFuture<ConfigurableApplicationContext> b = CompletableFuture.supplyAsync(() -> start(url));
            try {
                CompletableFuture.allOf(a, b).get(180, TimeUnit.SECONDS);
            } finally {
                System.clearProperty(LOGGING_SYSTEM);
            }
            try (ConfigurableApplicationContext first = a.get();
                 ConfigurableApplicationContext second = b.get()) {
                List<ApiClient> instances = List.of(ApiClient.forProject(port(first), "two-instances"),
                        ApiClient.forProject(port(second), "two-instances"));
                ApiResponse campaign = instances.get(0).post("/v1/campaigns", Map.of("name", "Shared",
                        "campaign_type", "DISCOUNT_COUPONS", "type", "STANDALONE", "voucher", Map.of(
                                "type", "DISCOUNT_VOUCHER", "discount", Map.of("type", "AMOUNT", "amount_off", 100),
                                "redemption", Map.of("quantity", USES))));
                assertThat(campaign.status()).as(campaign.text()).isEqualTo(200);
                String code = instances.get(1).get("/v1/vouchers?campaign=Shared").body().get("vouchers").get(0)
                        .get("code").asString();

                List<ApiResponse> responses = race(instances, code);

                assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.text()).isIn(200, 400));
                assertThat(responses.stream().filter(r -> r.status() == 200).count()).isEqualTo(USES);
                for (ApiClient instance : instances) {
                    assertThat(instance.get("/v1/vouchers/" + code).body().get("redemption").get("redeemed_quantity")
                            .asInt()).isEqualTo(USES);
                    assertThat(instance.get("/v1/campaigns/Shared/summary").body().get("redemptions_succeeded")
                            .asLong()).isEqualTo(USES);
                }

                // Both instances keep the campaign list and the summary; a change through one reaches the other's
                assertThat(instances.get(1).get("/v1/campaigns").body().get("campaigns").get(0).get("name").asString())
                        .isEqualTo("Shared");
                assertThat(instances.get(0).put("/v1/campaigns/Shared", Map.of("description", "Renamed elsewhere"))
                        .status()).isEqualTo(200);
                assertThat(instances.get(0).post("/v1/redemptions", Map.of(
                        "redeemables", List.of(Map.of("object", "voucher", "id", code)))).status()).isEqualTo(400);
                eventually(() -> assertThat(instances.get(1).get("/v1/campaigns").body().get("campaigns").get(0)
                        .get("description").asString()).isEqualTo("Renamed elsewhere"));
                eventually(() -> assertThat(instances.get(1).get("/v1/campaigns/Shared/summary").body()
                        .get("redemptions_failed").asLong()).isEqualTo(CLIENTS - USES + 1));

                // A voucher a validation read (and keeps) on one instance, used up through the other
                assertThat(instances.get(0).post("/v1/campaigns", Map.of("name", "Once", "campaign_type",
                        "DISCOUNT_COUPONS", "type", "STANDALONE", "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                                "discount", Map.of("type", "AMOUNT", "amount_off", 100),
                                "redemption", Map.of("quantity", 1)))).status()).isEqualTo(200);
                String once = instances.get(0).get("/v1/vouchers?campaign=Once").body().get("vouchers").get(0)
                        .get("code").asString();
                Map<String, Object> onceRequest = Map.of("redeemables", List.of(Map.of("object", "voucher", "id", once)),
                        "order", Map.of("amount", 1_000));
                eventually(() -> assertThat(instances.get(1).post("/v1/validations", onceRequest).body()
                        .get("valid").asBoolean()).isTrue());
                assertThat(instances.get(0).post("/v1/redemptions", onceRequest).status()).isEqualTo(200);
                eventually(() -> assertThat(instances.get(1).post("/v1/validations", onceRequest).body()
                        .get("valid").asBoolean()).isFalse());
            }
        }
    }

    private static List<ApiResponse> race(List<ApiClient> instances, String code) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ApiResponse>> futures = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                ApiClient instance = instances.get(i % 2);
                futures.add(pool.submit(() -> {
                    start.await();
                    return instance.post("/v1/redemptions", Map.of(
                            "redeemables", List.of(Map.of("object", "voucher", "id", code)),
                            "order", Map.of("amount", 1_000)));
                }));
            }
            start.countDown();
            List<ApiResponse> responses = new ArrayList<>();
            for (Future<ApiResponse> future : futures) {
                responses.add(future.get(120, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    // A notification between instances takes a few milliseconds
    private static void eventually(Runnable check) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            try {
                check.run();
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(20);
            }
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(EmulatorApplication.class).run("--server.port=0",
                "--spec.exchanges.file=false", "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres");
    }

    private static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }
}
