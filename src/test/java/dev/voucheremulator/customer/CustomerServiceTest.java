package dev.voucheremulator.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.project.ProjectService;
import dev.voucheremulator.support.EmulatorTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@EmulatorTest
class CustomerServiceTest {

    @Autowired
    CustomerService customers;

    @Autowired
    ProjectService projects;

    final String projectId = "customer-test-" + UUID.randomUUID();

    @BeforeEach
    void project() {
        projects.ensureExists(projectId);
    }

    @Test
    void createsCustomerOnFirstSourceIdAndFindsItAfterwards() {
        CustomerResponse created = customers.resolve(projectId,
                new CustomerRef(null, "alice@example.com", "Alice", "alice@example.com", null, Map.of("tier", "gold")));
        assertThat(created.id()).matches("cust_[0-9a-zA-Z]{24}");
        assertThat(created.object()).isEqualTo("customer");
        assertThat(created.metadata()).containsEntry("tier", "gold");

        CustomerResponse again = customers.resolve(projectId, new CustomerRef(null, "alice@example.com", null, null,
                null, null));
        assertThat(again).isEqualTo(created);
        assertThat(customers.find(projectId, created.id())).contains(created);
    }

    @Test
    void updatesNameEmailAndMetadataWhenSent() {
        CustomerResponse created = customers.resolve(projectId, new CustomerRef(null, "bob", "Bob", null, null, null));
        CustomerResponse updated = customers.resolve(projectId,
                new CustomerRef(null, "bob", "Bob Jones", "bob@example.com", null, Map.of("vip", true)));
        assertThat(updated.id()).isEqualTo(created.id());
        assertThat(updated.name()).isEqualTo("Bob Jones");
        assertThat(updated.email()).isEqualTo("bob@example.com");
        assertThat(customers.find(projectId, created.id()).orElseThrow().metadata()).containsEntry("vip", true);
    }

    @Test
    void idWinsOverSourceId() {
        CustomerResponse carol = customers.resolve(projectId, new CustomerRef(null, "carol", null, null, null, null));
        CustomerResponse byId = customers.resolve(projectId, new CustomerRef(carol.id(), "someone-else", null, null,
                null, null));
        assertThat(byId.id()).isEqualTo(carol.id());
        assertThat(byId.sourceId()).isEqualTo("carol");
    }

    @Test
    void unknownIdIsNotFound() {
        assertThatThrownBy(() -> customers.resolve(projectId, new CustomerRef("cust_unknown", null, null, null, null,
                null)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.key()).isEqualTo("not_found");
                    assertThat(e.resourceType()).isEqualTo("customer");
                });
    }

    @Test
    void referenceWithoutIdOrSourceIdIsRejected() {
        assertThatThrownBy(() -> customers.resolve(projectId, new CustomerRef(null, " ", "Nobody", null, null, null)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.key()).isEqualTo("invalid_customer"));
    }

    @Test
    void concurrentFirstReferencesCreateOneCustomer() throws Exception {
        int threads = 12;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<CustomerResponse>> results = java.util.stream.IntStream.range(0, threads)
                    .mapToObj(i -> pool.submit(() -> {
                        start.await();
                        return customers.resolve(projectId, new CustomerRef(null, "racer", "Racer " + i, null,
                                null, null));
                    }))
                    .toList();
            start.countDown();
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (Future<CustomerResponse> result : results) {
                ids.add(result.get().id());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
