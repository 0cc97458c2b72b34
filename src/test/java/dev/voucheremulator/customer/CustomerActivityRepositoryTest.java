package dev.voucheremulator.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ReferencedRows;
import dev.voucheremulator.support.RepositoryTest;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The jsonb columns a customer gained with its API (address) and its activity's data, read back from PostgreSQL. */
@RepositoryTest
class CustomerActivityRepositoryTest {

    private static final Instant AT = Instant.parse("2025-02-03T04:05:06.789Z");

    @Autowired
    CustomerRepository customers;

    @Autowired
    CustomerActivityRepository activities;

    @Autowired
    EntityManager entityManager;

    @Autowired
    ReferencedRows rows;

    @Test
    void readsBackTheAddressAndTheCityFilteredOn() {
        String projectId = rows.project();
        customers.save(Customer.create("cust_addr", projectId, CustomerRequest.of("addr", "Ann", "regular",
                "ann@example.com", "+48 1", null, LocalDate.parse("1990-01-02"),
                new Address("Paris", null, "Rue 1", null, "FR", "75001"), Map.of("vip", true)), AT));
        entityManager.flush();
        entityManager.clear();

        Customer read = customers.findByProjectIdAndSourceId(projectId, "addr").orElseThrow();
        assertThat(read.address()).isEqualTo(new Address("Paris", null, "Rue 1", null, "FR", "75001"));
        assertThat(read.metadata()).containsEntry("vip", true);
        assertThat(read.birthdate()).isEqualTo(LocalDate.parse("1990-01-02"));
        assertThat(read.updatedAt()).isNull();
        assertThat(customers.findAll((root, q, cb) -> cb.equal(root.get(Customer_.city), "Paris")))
                .extracting(Customer::id).containsExactly("cust_addr");
    }

    @Test
    void readsBackTheDataOfAnEventAndSumsTheSummaryFigures() {
        String projectId = rows.project();
        customers.save(Customer.create("cust_sum", projectId, CustomerRequest.of("sum", null, null, null, null,
                null, null, null, null), AT));
        Map<String, Object> data = Map.of("redemption", Map.of("id", "r_1", "object", "redemption"),
                "redeemables", List.of(Map.of("id", "CODE", "object", "voucher")), "amount", 5_000_000_000L);
        activities.save(new CustomerActivity("evcus_1", projectId, "cust_sum",
                Activity.of(Activity.REDEMPTION_SUCCEEDED, null, "DISCOUNT_COUPONS", data).withFigures(5000L, 300L, 20L),
                AT));
        activities.save(new CustomerActivity("evcus_2", projectId, "cust_sum",
                Activity.of(Activity.REDEMPTION_SUCCEEDED, null, null, Map.of()).withFigures(1000L, 0L, 0L),
                AT.plusSeconds(1)));
        activities.save(new CustomerActivity("evcus_3", projectId, "cust_sum",
                Activity.of(Activity.ROLLBACK_SUCCEEDED, null, null, Map.of()).withFigures(null, 300L, 20L),
                AT.plusSeconds(2)));
        entityManager.flush();
        entityManager.clear();

        CustomerActivity read = activities.findById("evcus_1").orElseThrow();
        assertThat(read.data()).isEqualTo(data);
        assertThat(read.data().get("amount")).isInstanceOf(Long.class);
        assertThat(read.seq()).isNotNull();
        CustomerActivityRepository.Figures figures = activities.figures(List.of("cust_sum")).get(0);
        assertThat(figures.getRedeemed()).isEqualTo(2);
        assertThat(figures.getRolledBack()).isEqualTo(1);
        assertThat(figures.getOrderAmount()).isEqualTo(6000);
        assertThat(figures.getOrderCount()).isEqualTo(2);
        assertThat(figures.getLastOrderAmount()).isEqualTo(1000);
        assertThat(figures.getLastOrderDate()).isEqualTo(AT.plusSeconds(1));
        assertThat(figures.getGiftAmount()).isZero();
        assertThat(figures.getPoints()).isZero();
    }
}
