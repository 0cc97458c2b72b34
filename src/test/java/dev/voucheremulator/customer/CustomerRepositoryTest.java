package dev.voucheremulator.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ReferencedRows;
import dev.voucheremulator.support.RepositoryTest;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A customer is never built in Java: its first reference inserts the row with SQL (metadata
 * written by the application's mapper, as {@link CustomerService} does), later references update
 * the entity. Both ways of writing the metadata column are read back through Hibernate here.
 */
@RepositoryTest
class CustomerRepositoryTest {

    private static final Instant CREATED = Instant.parse("2025-02-03T04:05:06.789Z");

    @Autowired
    CustomerRepository repository;

    @Autowired
    EntityManager entityManager;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferencedRows rows;

    @Test
    void readsBackTheMetadataOfTheFirstReferenceUnchanged() {
        String projectId = rows.project();
        Map<String, Object> metadata = richMetadata();

        assertThat(repository.insertOrFind("cust_first", projectId, "alice", "Alice", "alice@example.com",
                "+48 600 000 000", json.writeValueAsString(metadata), CREATED)).map(Customer::id).contains("cust_first");
        // a second first reference to the same source_id inserts nothing and finds the same row
        assertThat(repository.insertOrFind("cust_other", projectId, "alice", "Someone else", null, null, "{}",
                CREATED)).map(Customer::id).contains("cust_first");
        entityManager.clear();

        Customer read = repository.findByProjectIdAndSourceId(projectId, "alice").orElseThrow();
        assertThat(read.metadata()).isEqualTo(metadata);
        assertThat(read.metadata().get("visits")).isInstanceOf(Integer.class);
        assertThat(read.metadata().get("lifetime_cents")).isInstanceOf(Long.class);
        assertThat(read.metadata().get("score")).isInstanceOf(Double.class);
        assertThat(read.id()).isEqualTo("cust_first");
        assertThat(read.projectId()).isEqualTo(projectId);
        assertThat(read.sourceId()).isEqualTo("alice");
        assertThat(read.name()).isEqualTo("Alice");
        assertThat(read.email()).isEqualTo("alice@example.com");
        assertThat(read.phone()).isEqualTo("+48 600 000 000");
        assertThat(read.createdAt()).isEqualTo(CREATED);
        assertThat(read.updatedAt()).isNull();
    }

    @Test
    void storesMetadataChangedOnTheEntityAsJsonbAndReadsItBackUnchanged() {
        String projectId = rows.project();
        repository.insertOrFind("cust_update", projectId, "bob", "Bob", null, null, "{}", CREATED);
        entityManager.clear();
        Customer loaded = repository.findByProjectIdAndId(projectId, "cust_update").orElseThrow();
        assertThat(loaded.metadata()).isEmpty();

        Map<String, Object> metadata = richMetadata();
        metadata.put("unsubscribed_at", null); // the wire format leaves null values out, so does the column
        Instant updated = Instant.parse("2025-02-04T00:00:00.001Z");
        assertThat(loaded.update(new CustomerRef(null, "bob", null, "bob@example.com", "123", metadata), updated))
                .isTrue();
        repository.flush();
        entityManager.clear();

        Customer read = repository.findByProjectIdAndId(projectId, "cust_update").orElseThrow();
        assertThat(read).isNotSameAs(loaded);
        assertThat(read.metadata()).isEqualTo(richMetadata());
        assertThat(read.metadata().get("visits")).isInstanceOf(Integer.class);
        assertThat(read.name()).isEqualTo("Bob");
        assertThat(read.email()).isEqualTo("bob@example.com");
        assertThat(read.phone()).isEqualTo("123");
        assertThat(read.createdAt()).isEqualTo(CREATED);
        assertThat(read.updatedAt()).isEqualTo(updated);
        assertThat(json.readTree(jdbc.sql("select metadata::text from customer where id = 'cust_update'")
                .query(String.class).single())).isEqualTo(json.valueToTree(metadata));
    }

    @Test
    void findsOnlyTheCustomersOfTheProject() {
        String projectId = rows.project();
        String otherProject = rows.project();
        repository.insertOrFind("cust_mine", projectId, "carol", null, null, null, "{}", CREATED);
        repository.insertOrFind("cust_theirs", otherProject, "carol", null, null, null, "{}", CREATED);

        assertThat(repository.findByProjectIdAndIdIn(projectId, List.of("cust_mine", "cust_theirs")))
                .extracting(Customer::id).containsExactly("cust_mine");
        assertThat(repository.findByProjectIdAndId(projectId, "cust_theirs")).isEmpty();
    }

    private static Map<String, Object> richMetadata() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("tier", "gold");
        metadata.put("visits", 12);
        metadata.put("lifetime_cents", 12_345_678_901L);
        metadata.put("score", 4.75);
        metadata.put("newsletter", true);
        metadata.put("tags", List.of("vip", 7, 0.5));
        metadata.put("address", Map.of("city", "Kraków", "lines", List.of(), "geo", Map.of()));
        return metadata;
    }
}
