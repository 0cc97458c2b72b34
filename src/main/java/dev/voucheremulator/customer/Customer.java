package dev.voucheremulator.customer;

import dev.voucheremulator.api.json.Patch;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A customer: created through /v1/customers or named by a validation, redemption, publication or
 * custom event. No version column: two requests updating the same customer's name or email at once
 * simply leave the later value.
 */
@Entity
@Table(name = "customer")
class Customer {

    @Id
    private String id;
    private String projectId;
    private String sourceId;
    private String name;
    private String description;
    private String email;
    private String phone;
    private LocalDate birthday;
    private LocalDate birthdate;
    @JdbcTypeCode(SqlTypes.JSON)
    private Address address;
    // generated from address.city, for the list filter
    @Column(insertable = false, updatable = false)
    private String city;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> metadata = Map.of();
    private Instant createdAt;
    private Instant updatedAt;
    private Instant deletedAt;

    protected Customer() {
    }

    Customer(String id, String projectId, String sourceId, Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.sourceId = sourceId;
        this.createdAt = createdAt;
    }

    /** A new customer with the request's values; updated_at stays null until a later change. */
    static Customer create(String id, String projectId, CustomerRequest request, Instant at) {
        Customer customer = new Customer(id, projectId, blankToNull(request.sourceId()), at);
        customer.apply(request, at);
        customer.updatedAt = null;
        return customer;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static CustomerRequest request(CustomerRef ref) {
        return CustomerRequest.of(ref.sourceId(), ref.name(), null, ref.email(), ref.phone(), null, null, null,
                ref.metadata());
    }

    String id() { return id; }
    String projectId() { return projectId; }
    String sourceId() { return sourceId; }
    String name() { return name; }
    String description() { return description; }
    String email() { return email; }
    String phone() { return phone; }
    LocalDate birthday() { return birthday; }
    LocalDate birthdate() { return birthdate; }
    Address address() { return address; }
    Map<String, Object> metadata() { return metadata; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
    Instant deletedAt() { return deletedAt; }

    /** Applies the values a request sent; returns whether anything changed. */
    boolean update(CustomerRef ref, Instant at) {
        return apply(request(ref), at);
    }

    /** Sets every field the request sent, clears those sent as null; returns whether anything changed. */
    boolean apply(CustomerRequest r, Instant at) {
        boolean changed = false;
        if (sets(r.name(), name)) { name = r.name().value(); changed = true; }
        if (sets(r.description(), description)) { description = r.description().value(); changed = true; }
        if (sets(r.email(), email)) { email = r.email().value(); changed = true; }
        if (sets(r.phone(), phone)) { phone = r.phone().value(); changed = true; }
        if (sets(r.birthday(), birthday)) { birthday = r.birthday().value(); changed = true; }
        if (sets(r.birthdate(), birthdate)) { birthdate = r.birthdate().value(); changed = true; }
        if (sets(r.address(), address)) { address = r.address().value(); changed = true; }
        // cleared metadata is stored empty, as a new customer's (and shown as null)
        Map<String, Object> nextMetadata = r.metadata().hasValue() ? r.metadata().value() : Map.of();
        if (r.metadata().isPresent() && !nextMetadata.equals(metadata)) {
            metadata = nextMetadata;
            changed = true;
        }
        if (changed) {
            updatedAt = at;
        }
        return changed;
    }

    private static <T> boolean sets(Patch<T> patch, T current) {
        return patch.isPresent() && !Objects.equals(patch.value(), current);
    }

    void unchangedSinceCreation() {
        updatedAt = null;
    }

    /** Merges these keys into the metadata (a null value removes the key). */
    boolean mergeMetadata(Map<String, Object> values, Instant at) {
        Map<String, Object> merged = new java.util.LinkedHashMap<>(metadata == null ? Map.of() : metadata);
        values.forEach((k, v) -> {
            if (v == null) {
                merged.remove(k);
            } else {
                merged.put(k, v);
            }
        });
        if (merged.equals(metadata)) {
            return false;
        }
        metadata = merged;
        updatedAt = at;
        return true;
    }

    /** Deleted customers stay for the records naming them; their source_id is free again. */
    void delete(Instant at) {
        deletedAt = at;
        sourceId = null;
    }

    /** Permanent deletion: the personal data goes too. */
    void erase(Instant at) {
        delete(at);
        name = null;
        description = null;
        email = null;
        phone = null;
        birthday = null;
        birthdate = null;
        address = null;
        metadata = Map.of();
    }
}
