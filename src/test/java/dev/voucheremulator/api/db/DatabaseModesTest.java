package dev.voucheremulator.api.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.EmulatorApplication;
import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The two ways the packaged emulator finds its database, each on a real start of the whole
 * application: its own embedded PostgreSQL on a data directory that survives restarts, and an
 * external PostgreSQL named by {@code spring.datasource.url}. No Docker, no @SpringBootTest.
 */
class DatabaseModesTest {

    private static final Map<String, Object> TEN_PERCENT_VOUCHER = Map.of("type", "DISCOUNT_VOUCHER",
            "discount", Map.of("type", "PERCENT", "percent_off", 10));

    @Test
    void keepsStateAcrossRestartsOnTheSameDataDirectory(@TempDir Path tempDir) {
        Path dataDirectory = tempDir.resolve("pgdata");
        String dataDirectoryArg = "--emulator.embedded-postgres.data-directory=" + dataDirectory;

        String campaignId;
        List<String> vouchersBefore;
        try (ConfigurableApplicationContext first = start(dataDirectoryArg)) {
            assertThat(first.getBeansOfType(EmbeddedPostgresServer.class)).hasSize(1);
            // state outlives the process: every acknowledged commit is on disk first
            assertThat(setting(first, "fsync")).isEqualTo("on");
            assertThat(setting(first, "synchronous_commit")).isEqualTo("on");
            ApiClient api = ApiClient.forProject(port(first), "restart-test");

            ApiResponse created = api.post("/v1/campaigns", Map.of("name", "Survives-Restarts",
                    "campaign_type", "DISCOUNT_COUPONS", "type", "AUTO_UPDATE", "vouchers_count", 3,
                    "voucher", TEN_PERCENT_VOUCHER));
            assertThat(created.status()).as(created.text()).isEqualTo(200);
            campaignId = created.body().get("id").asString();
            vouchersBefore = vouchers(api, campaignId);
            assertThat(vouchersBefore).hasSize(3);
        }
        // close() destroyed the EmbeddedPostgres bean: pg_ctl stop -w has returned, so the server is
        // down and the second start cannot find the directory in use.
        assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
        assertThat(dataDirectory.resolve("postgresql.conf")).exists();

        try (ConfigurableApplicationContext second = start(dataDirectoryArg)) {
            ApiClient api = ApiClient.forProject(port(second), "restart-test");

            ApiResponse campaign = api.get("/v1/campaigns/Survives-Restarts");
            assertThat(campaign.status()).as(campaign.text()).isEqualTo(200);
            assertThat(campaign.body().get("id").asString()).isEqualTo(campaignId);
            assertThat(campaign.body().get("vouchers_count").asInt()).isEqualTo(3);
            assertThat(vouchers(api, campaignId)).containsExactlyInAnyOrderElementsOf(vouchersBefore);
        }
    }

    @Test
    void usesAnExternalPostgresWhenADatasourceUrlIsGiven() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
             ConfigurableApplicationContext app = start(
                     "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                     "--spring.datasource.username=postgres",
                     "--spring.datasource.password=postgres")) {
            assertThat(app.getBeansOfType(EmbeddedPostgresServer.class)).isEmpty();

            ApiResponse created = ApiClient.forProject(port(app), "external-test").post("/v1/campaigns",
                    Map.of("name", "Lives-In-The-External-Database", "campaign_type", "DISCOUNT_COUPONS",
                            "voucher", TEN_PERCENT_VOUCHER));
            assertThat(created.status()).as(created.text()).isEqualTo(200);

            assertThat(campaignNames(external)).containsExactly("Lives-In-The-External-Database");
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        List<String> all = new ArrayList<>();
        all.add("--server.port=0");
        all.addAll(List.of(args));
        return new SpringApplicationBuilder(EmulatorApplication.class).run(all.toArray(String[]::new));
    }

    @Test
    void aThrowawayDatabaseKeepsTheFastSettingsUnlessToldOtherwise() {
        try (ConfigurableApplicationContext throwaway = start()) {
            assertThat(setting(throwaway, "fsync")).isEqualTo("off");
            assertThat(setting(throwaway, "synchronous_commit")).isEqualTo("off");
        }
        try (ConfigurableApplicationContext durable = start("--emulator.embedded-postgres.durability=full")) {
            assertThat(setting(durable, "fsync")).isEqualTo("on");
            assertThat(setting(durable, "synchronous_commit")).isEqualTo("on");
        }
    }

    private static String setting(ConfigurableApplicationContext context, String name) {
        return context.getBean(JdbcClient.class).sql("select current_setting(?)").param(name).query(String.class)
                .single();
    }

    private static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    /** "id code" of every voucher of the campaign. */
    private static List<String> vouchers(ApiClient api, String campaignId) {
        ApiResponse list = api.get("/v1/vouchers?campaign_id=" + campaignId);
        assertThat(list.status()).as(list.text()).isEqualTo(200);
        List<String> vouchers = new ArrayList<>();
        for (JsonNode voucher : list.body().get("vouchers")) {
            assertThat(voucher.get("campaign_id").asString()).isEqualTo(campaignId);
            vouchers.add(voucher.get("id").asString() + " " + voucher.get("code").asString());
        }
        return vouchers;
    }

    private static List<String> campaignNames(EmbeddedPostgres postgres) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select name from campaign")) {
            while (rows.next()) {
                names.add(rows.getString("name"));
            }
        }
        return names;
    }
}
