package dev.voucheremulator.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code ./mvnw -Pbenchmark test -Dtest=ResetBenchmark}: a project with 1,000 campaigns and 10,000
 * vouchers (filled over HTTP, as a suite would), with a neighbour project of the same size, then the
 * time of {@code POST /_emulator/projects/{id}/reset} as a client sees it. Target: under 200 ms.
 * Not part of the default test run.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spec.exchanges.file=false", "logging.level.root=WARN"})
class ResetBenchmark {

    private static final int CAMPAIGNS = Integer.getInteger("benchmark.campaigns", 1_000);
    private static final int VOUCHERS_PER_CAMPAIGN = 10;
    private static final int ROUNDS = 3;

    @LocalServerPort
    int port;

    @Test
    void resetOfAThousandCampaignsAndTenThousandVouchers() throws Exception {
        ApiClient neighbour = ApiClient.forProject(port, "reset-benchmark-neighbour");
        fill(neighbour);
        for (int round = 1; round <= ROUNDS; round++) {
            String projectId = "reset-benchmark";
            ApiClient api = ApiClient.forProject(port, projectId);
            long filling = System.nanoTime();
            fill(api);
            long filled = System.nanoTime();
            assertThat(api.get("/v1/vouchers?limit=1").body().get("total").asInt())
                    .isEqualTo(CAMPAIGNS * VOUCHERS_PER_CAMPAIGN);

            long started = System.nanoTime();
            ApiResponse reset = api.post("/_emulator/projects/" + projectId + "/reset", null);
            long tookMillis = (System.nanoTime() - started) / 1_000_000;

            assertThat(reset.status()).isEqualTo(204);
            assertThat(api.get("/v1/vouchers?limit=1").body().get("total").asInt()).isZero();
            assertThat(neighbour.get("/v1/campaigns?limit=1").body().get("total").asInt()).isEqualTo(CAMPAIGNS);
            System.out.printf("[benchmark] round %d: filled %d campaigns + %d vouchers in %d ms; reset took %d ms%n",
                    round, CAMPAIGNS, CAMPAIGNS * VOUCHERS_PER_CAMPAIGN, (filled - filling) / 1_000_000, tookMillis);
        }
    }

    private void fill(ApiClient api) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<ApiResponse>> created = new ArrayList<>();
            for (int i = 0; i < CAMPAIGNS; i++) {
                String name = "Campaign " + i;
                created.add(clients.submit(() -> api.post("/v1/campaigns", Map.of("name", name,
                        "vouchers_count", VOUCHERS_PER_CAMPAIGN, "metadata", Map.of("n", name),
                        "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                                "discount", Map.of("type", "PERCENT", "percent_off", 10))))));
            }
            for (Future<ApiResponse> response : created) {
                assertThat(response.get().status()).as(response.get().text()).isBetween(200, 202);
            }
        } finally {
            clients.shutdown();
        }
    }
}
