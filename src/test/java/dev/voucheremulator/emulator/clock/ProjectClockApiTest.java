package dev.voucheremulator.emulator.clock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.api.time.ProjectClocks;
import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A project's domain test clock: what its requests see as now, moved through /_emulator/projects/{p}/clock. */
@EmulatorTest
class ProjectClockApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProjectClocks clocks;

    String project;
    ApiClient api;
    ApiClient controls;

    @BeforeEach
    void project() {
        project = "clock-" + UUID.randomUUID();
        api = ApiClient.forProject(port, project);
        controls = ApiClient.anonymous(port);
    }

    @Test
    void aFrozenClockStampsEveryCreationWithTheSameTime() {
        JsonNode clock = ok(controls.put(clock(), Map.of("frozen_time", "2025-03-01T10:00:00Z")));
        assertThat(clock.get("object").asString()).isEqualTo("emulator_clock");
        assertThat(clock.get("project").asString()).isEqualTo(project);
        assertThat(clock.get("frozen").asBoolean()).isTrue();
        assertThat(clock.get("frozen_time").asString()).isEqualTo("2025-03-01T10:00:00.000Z");
        assertThat(clock.get("now").asString()).isEqualTo("2025-03-01T10:00:00.000Z");

        JsonNode first = ok(api.post("/v1/customers", Map.of("source_id", "first")));
        JsonNode second = ok(api.post("/v1/customers", Map.of("source_id", "second")));
        assertThat(first.get("created_at").asString()).isEqualTo("2025-03-01T10:00:00.000Z");
        assertThat(second.get("created_at").asString()).isEqualTo("2025-03-01T10:00:00.000Z");
        assertThat(ok(controls.get(clock())).get("now").asString()).isEqualTo("2025-03-01T10:00:00.000Z");

        // PUT without a time freezes where the clock stands
        assertThat(ok(controls.put(clock(), Map.of())).get("frozen_time").asString())
                .isEqualTo("2025-03-01T10:00:00.000Z");
    }

    @Test
    void advancingPastACampaignsExpirationExpiresItsVouchers() {
        ok(controls.put(clock(), Map.of("frozen_time", "2025-01-10T12:00:00Z")));
        ok(api.post("/v1/campaigns", Map.of("name", "Winter", "campaign_type", "DISCOUNT_COUPONS",
                "vouchers_count", 1, "expiration_date", "2025-02-01T00:00:00Z",
                "voucher", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 100)))));
        String code = ok(api.get("/v1/vouchers?campaign=Winter")).get("vouchers").get(0).get("code").asString();
        Map<String, Object> validation = Map.of("redeemables", List.of(Map.of("object", "voucher", "id", code)),
                "order", Map.of("amount", 1000));
        assertThat(ok(api.post("/v1/validations", validation)).get("valid").asBoolean()).isTrue();

        JsonNode advanced = ok(controls.post(clock() + "/advance", Map.of("by", "P22D")));
        assertThat(advanced.get("status").asString()).isEqualTo("ready");
        assertThat(advanced.get("now").asString()).isEqualTo("2025-02-01T12:00:00.000Z");

        JsonNode refused = ok(api.post("/v1/validations", validation));
        assertThat(refused.get("valid").asBoolean()).isFalse();
        assertThat(refused.get("inapplicable_redeemables").get(0).get("result").get("error").get("key").asString())
                .isEqualTo("voucher_expired");
        ApiResponse redemption = api.post("/v1/redemptions", validation);
        assertThat(redemption.status()).as(redemption.text()).isEqualTo(400);
        assertThat(redemption.body().get("key").asString()).isEqualTo("voucher_expired");
    }

    @Test
    void advancingExpiresDuePointsBeforeItAnswers() {
        ok(controls.put(clock(), Map.of("frozen_time", "2025-01-10T10:00:00Z")));
        String program = ok(api.post("/v1/loyalties", Map.of("name", "Points", "type", "AUTO_UPDATE",
                "voucher", Map.of("type", "LOYALTY_CARD", "loyalty_card", Map.of("points", 100,
                        "expiration_rules", Map.of("period_type", "MONTH", "period_value", 1,
                                "rounding_type", "END_OF_MONTH")))))).get("id").asString();
        String code = ok(api.post("/v1/loyalties/" + program + "/members", Map.of("customer", "alice")))
                .get("code").asString();
        ok(api.post("/v1/loyalties/" + program + "/members/" + code + "/balance", Map.of("points", 50)));

        // the 50 points added in January are good until the end of February
        ok(controls.post(clock() + "/advance", Map.of("to", "2025-02-28T23:00:00Z")));
        assertThat(expirations()).isZero();
        ok(controls.post(clock() + "/advance", Map.of("to", "2025-03-01T08:00:00Z")));
        // expired by the advance itself, before any request read the card
        assertThat(expirations()).isEqualTo(1);

        JsonNode card = ok(api.get("/v1/loyalties/" + program + "/members/" + code)).get("loyalty_card");
        assertThat(card.get("balance").asLong()).isEqualTo(100);
        assertThat(card.get("expired_points").asLong()).isEqualTo(50);
        JsonNode transactions = ok(api.get("/v1/loyalties/" + program + "/members/" + code + "/transactions"));
        JsonNode expiration = transactions.get("data").get(0);
        assertThat(expiration.get("type").asString()).isEqualTo("POINTS_EXPIRATION");
        assertThat(expiration.get("created_at").asString()).isEqualTo("2025-03-01T00:00:00.000Z");
        assertThat(expiration.get("details").get("balance").get("points").asLong()).isEqualTo(-50);
    }

    @Test
    void advancingActivatesPendingPointsWhoseDayCame() {
        ok(controls.put(clock(), Map.of("frozen_time", "2025-01-10T10:00:00Z")));
        String program = ok(api.post("/v1/loyalties", Map.of("name", "Pending", "type", "AUTO_UPDATE",
                "voucher", Map.of("type", "LOYALTY_CARD", "loyalty_card", Map.of("points", 0))))).get("id").asString();
        String code = ok(api.post("/v1/loyalties/" + program + "/members", Map.of("customer", "alice")))
                .get("code").asString();
        ok(api.post("/v1/loyalties/" + program + "/earning-rules", List.of(Map.of("event", "order.paid",
                "loyalty", Map.of("type", "FIXED", "points", 10),
                "pending_points", Map.of("period_type", "DAY", "period_value", 3)))));
        ok(api.post("/v1/orders", Map.of("status", "PAID", "amount", 1000, "customer", Map.of("source_id", "alice"))));
        assertThat(ok(api.get("/v1/loyalties/members/" + code)).get("loyalty_card").get("pending_points").asLong())
                .isEqualTo(10);

        ok(controls.post(clock() + "/advance", Map.of("by", "P2D")));
        assertThat(activated()).isZero();
        ok(controls.post(clock() + "/advance", Map.of("by", "P1D")));
        assertThat(activated()).isEqualTo(1);

        JsonNode card = ok(api.get("/v1/loyalties/members/" + code)).get("loyalty_card");
        assertThat(card.get("balance").asLong()).isEqualTo(10);
        assertThat(card.get("pending_points").asLong()).isZero();
    }

    @Test
    void timeOnlyMovesForward() {
        ok(controls.put(clock(), Map.of("frozen_time", "2025-06-01T00:00:00Z")));
        List<ApiResponse> refused = new ArrayList<>();
        refused.add(controls.put(clock(), Map.of("frozen_time", "2025-05-31T23:59:59Z")));
        refused.add(controls.post(clock() + "/advance", Map.of("to", "2025-05-01T00:00:00Z")));
        refused.add(controls.post(clock() + "/advance", Map.of("by", "-PT1S")));
        for (ApiResponse response : refused) {
            assertThat(response.status()).as(response.text()).isEqualTo(400);
            assertThat(response.body().get("code").asInt()).isEqualTo(400);
            assertThat(response.body().get("key").asString()).isEqualTo("invalid_payload");
            assertThat(response.body().get("details").asString()).isNotBlank();
            assertThat(response.body().get("request_id").asString()).matches("v-[0-9a-f]{18}");
        }
        assertThat(ok(controls.get(clock())).get("now").asString()).isEqualTo("2025-06-01T00:00:00.000Z");
        // the same time again is no step back; a later one is a step forward
        ok(controls.put(clock(), Map.of("frozen_time", "2025-06-01T00:00:00Z")));
        assertThat(ok(controls.put(clock(), Map.of("frozen_time", "2025-07-01")))
                .get("now").asString()).isEqualTo("2025-07-01T00:00:00.000Z");
        assertThat(ok(controls.post(clock() + "/advance", Map.of("by", "P1M"))).get("now").asString())
                .isEqualTo("2025-08-01T00:00:00.000Z");
    }

    @Test
    void oneProjectsClockLeavesAnothersAlone() {
        ok(controls.put(clock(), Map.of("frozen_time", "2025-01-01T00:00:00Z")));
        String otherProject = "clock-other-" + UUID.randomUUID();
        ApiClient other = ApiClient.forProject(port, otherProject);

        Instant created = Instant.parse(ok(other.post("/v1/customers", Map.of("source_id", "bob")))
                .get("created_at").asString());
        assertThat(Duration.between(created, Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
        JsonNode otherClock = ok(controls.get("/_emulator/projects/" + otherProject + "/clock"));
        assertThat(otherClock.get("frozen").asBoolean()).isFalse();
        assertThat(otherClock.get("frozen_time").isNull()).isTrue();
        assertThat(ok(api.post("/v1/customers", Map.of("source_id", "ann"))).get("created_at").asString())
                .isEqualTo("2025-01-01T00:00:00.000Z");
    }

    @Test
    void deletingTheClockReturnsTheProjectToWallTime() {
        ok(controls.put(clock(), Map.of("frozen_time", "2025-01-01T00:00:00Z")));
        assertThat(controls.delete(clock()).status()).isEqualTo(204);

        JsonNode clock = ok(controls.get(clock()));
        assertThat(clock.get("frozen").asBoolean()).isFalse();
        assertThat(Duration.between(Instant.parse(clock.get("now").asString()), Instant.now()).abs())
                .isLessThan(Duration.ofMinutes(1));
        Instant created = Instant.parse(ok(api.post("/v1/customers", Map.of("source_id", "c")))
                .get("created_at").asString());
        assertThat(Duration.between(created, Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void aClockMovedByAnotherInstanceArrivesWithTheNextRefresh() {
        // what another instance (or this one before a restart) wrote
        jdbc.sql("""
                insert into project_clock (project_id, frozen_time, version, updated_at)
                values (?, '2024-12-24T18:00:00Z', nextval('project_clock_version'), now())""")
                .param(project).update();
        clocks.refresh();

        assertThat(ok(controls.get(clock())).get("now").asString()).isEqualTo("2024-12-24T18:00:00.000Z");
        assertThat(ok(api.post("/v1/customers", Map.of("source_id", "santa"))).get("created_at").asString())
                .isEqualTo("2024-12-24T18:00:00.000Z");
    }

    @Test
    void theDashboardShowsTheProjectsClock() {
        ok(controls.put(clock(), Map.of("frozen_time", "2025-03-01T10:00:00Z")));

        ApiResponse page = controls.get("/dashboard/clock?app_id=" + project);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("2025-03-01T10:00:00Z", "frozen", "/dashboard-assets/clock.js");
        ApiResponse wall = controls.get("/dashboard/clock?app_id=clock-never-set-" + UUID.randomUUID());
        assertThat(wall.text()).contains("wall time").doesNotContain("2025-03-01T10:00:00Z");
    }

    private long expirations() {
        return jdbc.sql("select count(*) from loyalty_transaction where project_id = ? and type = 'POINTS_EXPIRATION'")
                .param(project).query(Long.class).single();
    }

    private long activated() {
        return jdbc.sql("select count(*) from loyalty_pending_points where project_id = ? and status = 'ACTIVATED'")
                .param(project).query(Long.class).single();
    }

    private String clock() {
        return "/_emulator/projects/" + project + "/clock";
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }
}
