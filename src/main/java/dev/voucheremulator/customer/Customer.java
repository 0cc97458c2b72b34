package dev.voucheremulator.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A customer named by a validation, redemption or publication. No version column: two requests
 * updating the same customer's name or email at once simply leave the later value.
 */
@Entity
@Table(name = "customer")
class Customer {

    @Id
    private String id;
    private String projectId;
    private String sourceId;
    private String name;
    private String email;
    private String phone;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> metadata = Map.of();
    private Instant createdAt;
    private Instant updatedAt;

    protected Customer() {
    }

    String id() { return id; }
    String projectId() { return projectId; }
    String sourceId() { return sourceId; }
    String name() { return name; }
    String email() { return email; }
    String phone() { return phone; }
    Map<String, Object> metadata() { return metadata; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }

    /** Applies the values a request sent; returns whether anything changed. */
    boolean update(CustomerRef ref, Instant at) {
        boolean changed = false;
        if (ref.name() != null && !ref.name().equals(name)) {
            name = ref.name();
            changed = true;
        }
        if (ref.email() != null && !ref.email().equals(email)) {
            email = ref.email();
            changed = true;
        }
        if (ref.phone() != null && !ref.phone().equals(phone)) {
            phone = ref.phone();
            changed = true;
        }
        if (ref.metadata() != null && !ref.metadata().equals(metadata)) {
            metadata = ref.metadata();
            changed = true;
        }
        if (changed) {
            updatedAt = at;
        }
        return changed;
    }
}
