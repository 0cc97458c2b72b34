package dev.voucheremulator.redemption;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.pricing.OrderCalculated;
import dev.voucheremulator.pricing.OrderStatus;
import dev.voucheremulator.project.ProjectService;
import dev.voucheremulator.support.EmulatorTest;
import dev.voucheremulator.validation.CustomerSnapshot;
import dev.voucheremulator.validation.StackableRequest;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@EmulatorTest
@Transactional
class RedemptionRepositoryTest {

    @Autowired
    RedemptionRepository repository;

    @Autowired
    EntityManager entityManager;

    @Autowired
    ProjectService projects;

    @Autowired
    JsonMapper json;

    @Test
    void storesTheOrderCustomerSessionAndSnapshotsAsJsonb() {
        String projectId = "redemption-repository-" + UUID.randomUUID();
        projects.ensureExists(projectId);
        Instant at = Instant.parse("2025-06-17T10:15:00.123Z");
        OrderCalculated order = new OrderCalculated("ord_1", "ORDER-1", OrderStatus.PAID, 5000L,
                null, 500L, 0L, 500L, 4500L, 500L, 0L, 500L,
                List.of(new OrderCalculated.Item("order_item", "sku-1", "prod_1", null, "product", 1L, null, null,
                        5000L, null, null, null, 5000L, 5000L, null, null, Map.of("color", "red"))),
                Map.of("store", "Berlin"), "cust_1", new OrderCalculated.CustomerId("cust_1", "customer"),
                Map.of("r_1", new OrderCalculated.RedemptionLink(at, "voucher", "v_1", "camp_1", null, null)),
                at, null, "order");
        Redemption saved = new Redemption("r_0123456789abcdef01", projectId, Redemption.REDEMPTION,
                Redemption.Role.SINGLE, Redemption.Result.SUCCESS, at)
                .related("voucher", "v_1")
                .voucher("v_1", "CODE", json.readTree("{\"code\": \"CODE\", \"campaign\": null}"))
                .customer(new CustomerSnapshot("cust_1", null, null, "alice", Map.of("vip", true), "customer"),
                        "track_x")
                .order("ord_1", 5000L, order)
                .amounts(500, null)
                .context(Map.of("channel", "web"), new StackableRequest.SessionRequest("ssn_1", "LOCK", 7L, "DAYS"));
        repository.saveAndFlush(saved);
        entityManager.clear();

        Redemption read = repository.findByProjectIdAndId(projectId, saved.id()).orElseThrow();
        assertThat(read.orderData()).isEqualTo(order);
        assertThat(read.customer().metadata()).containsEntry("vip", true);
        assertThat(read.session().key()).isEqualTo("ssn_1");
        assertThat(read.voucher().has("campaign")).isTrue();
        assertThat(read.voucher().get("campaign").isNull()).isTrue();
        assertThat(read.metadata()).containsEntry("channel", "web");
        assertThat(read.status()).isEqualTo(Redemption.Status.SUCCEEDED);
        assertThat(read.isNew()).isFalse();

        assertThat(repository.markRolledBack(saved.id(), "rr_1", at)).isTrue();
        assertThat(repository.markRolledBack(saved.id(), "rr_2", at)).isFalse();
    }
}
