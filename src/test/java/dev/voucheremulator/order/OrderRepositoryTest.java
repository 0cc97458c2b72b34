package dev.voucheremulator.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.api.db.DeferredInserts;
import dev.voucheremulator.pricing.OrderCalculated;
import dev.voucheremulator.pricing.OrderItemRequest;
import dev.voucheremulator.pricing.OrderStatus;
import dev.voucheremulator.support.ReferencedRows;
import dev.voucheremulator.support.RepositoryTest;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Orders saved through Hibernate, and through the redemption's one-statement upsert (jsonb written by the
 * application's mapper), read back through Hibernate.
 */
@RepositoryTest
class OrderRepositoryTest {

    @Autowired
    OrderRepository repository;

    @Autowired
    EntityManager entityManager;

    @Autowired
    ReferencedRows rows;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    JsonMapper json;

    @Test
    void storesItemsMetadataAndTheRedemptionsMapAsJsonb() {
        String projectId = rows.project();
        Instant at = Instant.parse("2025-06-17T10:15:00.123Z");
        Order order = new Order("ord_0123456789abcdefghijklmn", projectId, "cart-1", at);
        order.status(OrderStatus.PAID);
        order.amounts(new Order.Amounts(5000L, null, 500L, 0L, 500L, 4500L, 500L, 0L, 500L));
        order.items(List.of(new OrderCalculated.Item("order_item", "line-1", "prod_1", "sku_1", "sku", 2L, null,
                null, 5000L, null, null, null, 2500L, 5000L,
                new OrderItemRequest.ItemProduct("prod_1", "shoe", true, "Shoe", Map.of("size", 42), 2500L),
                new OrderItemRequest.ItemSku("sku_1", "shoe-42", null, "Shoe 42", 2500L, Map.of()),
                Map.of("gift_wrap", true))));
        order.metadata(Map.of("store", "Berlin", "lines", List.of(1, 2)));
        order.customerId("cust_1");
        order.redemptions(Map.of("r_1", new OrderCalculated.RedemptionLink(at, "voucher", "v_1", "camp_1", null,
                null)));
        repository.saveAndFlush(order);
        entityManager.clear();

        Order read = repository.findByProjectIdAndSourceId(projectId, "cart-1").orElseThrow();
        assertThat(read.status()).isEqualTo(OrderStatus.PAID);
        assertThat(read.amounts()).isEqualTo(order.amounts());
        assertThat(read.items()).isEqualTo(order.items());
        assertThat(read.metadata()).isEqualTo(order.metadata());
        assertThat(read.redemptions()).isEqualTo(order.redemptions());
        assertThat(read.createdAt()).isEqualTo(at);
    }

    @Test
    void theSameSourceIdIsOneOrderWhoseRedemptionsAddUp() {
        String projectId = rows.project();
        // built here, not imported: one context serves every @RepositoryTest class
        RedeemedOrders redeemed = new RedeemedOrders(jdbc, new DeferredInserts(jdbcTemplate), json);
        Instant at = Instant.parse("2025-06-17T10:15:00.123Z");
        OrderCalculated calculated = new OrderCalculated(null, "cart-9", null, 5000L, null, 500L, 0L, 500L, 4500L,
                500L, 0L, 500L, List.of(new OrderCalculated.Item("order_item", null, "prod_1", null, null, 1L, null,
                        null, 5000L, null, null, null, null, 5000L, null, null, null)),
                Map.of(), null, null, null, null, null, "order");
        RedeemedOrders.Recorded first = redeemed.upsert(projectId, null, "cart-9", OrderStatus.CREATED, calculated,
                Map.of("shop", "Berlin"), "cust_1",
                Map.of("r_1", new OrderCalculated.RedemptionLink(at, "voucher", "v_1", "camp_1", null, null)), at);
        RedeemedOrders.Recorded second = redeemed.upsert(projectId, null, "cart-9", OrderStatus.PAID, calculated,
                null, null,
                Map.of("r_2", new OrderCalculated.RedemptionLink(at, "promotion_tier", "promo_1", "camp_2", null,
                        null)), at.plusSeconds(1));
        assertThat(first.previous()).isNull();
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.previous()).isEqualTo(OrderStatus.CREATED);
        entityManager.clear();

        Order read = repository.findById(first.id()).orElseThrow();
        assertThat(read.status()).isEqualTo(OrderStatus.PAID);
        assertThat(read.redemptions()).containsOnlyKeys("r_1", "r_2");
        assertThat(read.redemptions().get("r_2").relatedObjectType()).isEqualTo("promotion_tier");
        assertThat(read.metadata()).containsEntry("shop", "Berlin");
        assertThat(read.customerId()).isEqualTo("cust_1");
        assertThat(read.items()).isEqualTo(calculated.items());
        assertThat(read.updatedAt()).isEqualTo(at.plusSeconds(1));
    }
}
