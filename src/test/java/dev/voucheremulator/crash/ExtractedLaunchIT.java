package dev.voucheremulator.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's launch: the extracted {@code target/emulator/emulator.jar} with the class data archive
 * {@code package} recorded for it. {@code -Xshare:on} makes the JVM refuse to start when it cannot
 * map the archive, so a start here means the archive matches the files it was made for.
 */
class ExtractedLaunchIT {

    private static final Path LOG = Path.of("target", "crash-it", "extracted-launch.log");

    @Test
    void startsWithTheClassDataArchiveAndServesTheApiOnADataDirectory(@TempDir Path tmp) throws Exception {
        Path extracted = Path.of(System.getProperty("emulator.extracted", "target/emulator"));
        Path archive = extracted.resolve("emulator.jsa");
        assumeTrue(Files.exists(archive), "no class data archive: built with -Demulator.cds.skip=true");

        String campaignId = null;
        for (int start = 1; start <= 2; start++) {
            EmulatorProcess emulator = EmulatorProcess.start(tmp.resolve("data"), LOG, List.of("-Xshare:on",
                    "-XX:SharedArchiveFile=" + archive, "-XX:+UseSerialGC", "-Xms64m", "-Xmx320m",
                    "-jar", extracted.resolve("emulator.jar").toString()));
            try {
                ApiClient api = emulator.api("extracted-launch");
                if (start == 1) {
                    ApiResponse created = api.post("/v1/campaigns", Map.of("name", "Kept", "campaign_type",
                            "DISCOUNT_COUPONS", "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                                    "discount", Map.of("type", "PERCENT", "percent_off", 5))));
                    assertThat(created.status()).isEqualTo(200);
                    campaignId = created.body().get("id").asString();
                }
                ApiResponse kept = api.get("/v1/campaigns/" + campaignId);
                assertThat(kept.status()).as("start %d", start).isEqualTo(200);
                assertThat(kept.body().get("name").asString()).isEqualTo("Kept");
            } finally {
                emulator.stop();
            }
        }
    }
}
