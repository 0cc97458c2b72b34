package dev.voucheremulator.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The packaged emulator on a data directory, killed the hard way while it works and started again.
 * Runs in {@code ./mvnw verify} (failsafe, after the jar is built); {@code -Dcrash.rounds=N} sets how
 * often the first test kills and restarts (3 by default).
 */
class CrashRecoveryIT {

    private static final String PROJECT = "crash-recovery";
    private static final int CLIENTS = 8;
    private static final Duration LOAD = Duration.ofSeconds(3);
    private static final Path LOGS = Path.of("target", "crash-it");

    @Test
    void everyAcknowledgedRedemptionSurvivesSigkillOfTheJvmAndItsPostgres(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        int rounds = Integer.getInteger("crash.rounds", 3);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        String campaignId = null;
        String code = null;
        for (int round = 1; round <= rounds; round++) {
            EmulatorProcess emulator = EmulatorProcess.start(data, LOGS.resolve("sigkill-everything.log"));
            ApiClient api = emulator.api(PROJECT);
            if (campaignId == null) {
                JsonNode campaign = ok(api.post("/v1/campaigns", Map.of("name", "Crash", "campaign_type",
                        "DISCOUNT_COUPONS", "type", "STANDALONE", "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                                "discount", Map.of("type", "AMOUNT", "amount_off", 100)))));
                campaignId = campaign.get("id").asString();
                code = ok(api.get("/v1/vouchers?campaign=Crash")).get("vouchers").get(0).get("code").asString();
            }
            assertEverySurvived(api, campaignId, acknowledged);

            int before = acknowledged.size();
            redeemUntilKilled(emulator, api, code, acknowledged);
            System.out.printf("crash round %d: %d redemptions acknowledged before SIGKILL%n", round,
                    acknowledged.size() - before);
            assertThat(acknowledged.size()).as("round %d acknowledged redemptions", round).isGreaterThan(before);
        }
        EmulatorProcess last = EmulatorProcess.start(data, LOGS.resolve("sigkill-everything.log"));
        try {
            long rows = assertEverySurvived(last.api(PROJECT), campaignId, acknowledged);
            System.out.printf("crash recovery: %d acknowledged, %d redemption rows after %d SIGKILLs%n",
                    acknowledged.size(), rows, rounds);
        } finally {
            last.stop();
        }
        assertThat(EmulatorProcess.serversOn(data)).isEmpty();
    }

    @Test
    void restartsWithNoManualStepAfterTheJvmAloneWasKilled(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        Path log = LOGS.resolve("sigkill-jvm.log");
        EmulatorProcess first = EmulatorProcess.start(data, log);
        ok(first.api(PROJECT).post("/v1/campaigns", Map.of("name", "Kept", "campaign_type", "DISCOUNT_COUPONS",
                "voucher", Map.of("type", "DISCOUNT_VOUCHER", "discount", Map.of("type", "PERCENT", "percent_off", 5)))));
        long orphan = first.postmaster().orElseThrow().pid();
        first.killJvm();

        // Started at once, while the dead JVM's PostgreSQL may still be running on the directory.
        EmulatorProcess second = EmulatorProcess.start(data, log);
        try {
            assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();
            assertThat(ok(second.api(PROJECT).get("/v1/campaigns/Kept")).get("name").asString()).isEqualTo("Kept");
        } finally {
            second.stop();
        }
        assertThat(EmulatorProcess.serversOn(data)).as("PostgreSQL processes left on the data directory").isEmpty();
        assertThat(data.resolve("postmaster.pid")).doesNotExist();
    }

    /** CLIENTS threads redeem the code until the emulator and its database are SIGKILLed under them. */
    private static void redeemUntilKilled(EmulatorProcess emulator, ApiClient api, String code,
                                          Set<String> acknowledged) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            clients.submit(() -> {
                while (running.get()) {
                    try {
                        ApiResponse response = api.post("/v1/redemptions", Map.of(
                                "redeemables", List.of(Map.of("object", "voucher", "id", code)),
                                "order", Map.of("amount", 1_000)));
                        if (response.status() == 200) {
                            acknowledged.add(response.body().get("redemptions").get(0).get("id").asString());
                        }
                    } catch (UncheckedIOException connectionLost) {
                        return;
                    }
                }
            });
        }
        Thread.sleep(LOAD.toMillis());
        emulator.killEverything();
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }

    /** Every acknowledged redemption is there, and the summary counts exactly the rows. */
    private static long assertEverySurvived(ApiClient api, String campaignId, Set<String> acknowledged) {
        List<String> missing = new ArrayList<>();
        for (String id : acknowledged) {
            if (api.get("/v1/redemptions/" + id).status() != 200) {
                missing.add(id);
            }
        }
        assertThat(missing).as("acknowledged redemptions lost").isEmpty();
        long rows = ok(api.get("/v1/redemptions?campaign=Crash&result=SUCCESS&limit=1")).get("total")
                .asLong();
        assertThat(rows).isGreaterThanOrEqualTo(acknowledged.size());
        JsonNode summary = ok(api.get("/v1/campaigns/" + campaignId + "/summary"));
        assertThat(summary.get("redemptions_succeeded").asLong()).as("summary counter vs rows").isEqualTo(rows);
        assertThat(ok(api.get("/v1/vouchers?campaign=Crash")).get("vouchers").get(0).get("redemption")
                .get("redeemed_quantity").asLong()).as("voucher counter vs rows").isEqualTo(rows);
        return rows;
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }
}
