package dev.voucheremulator.management;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A user of a management account; the account's owner exists from its first request on. */
@Entity
@Table(name = "management_user")
class ManagementUser {

    @Id
    private String id;
    private String accountId;
    private String login;
    private String email;
    private String firstName;
    private String lastName;
    @Column(name = "is_owner")
    private boolean owner;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> projects;
    private Instant createdAt;
    @Version
    private long version;

    protected ManagementUser() {
    }

    ManagementUser(String accountId, String email, String firstName, String lastName, boolean owner,
                   Instant createdAt) {
        this.id = ManagementIds.user();
        this.accountId = accountId;
        this.login = email;
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        this.owner = owner;
        this.projects = new TreeMap<>();
        this.createdAt = createdAt;
    }

    String id() {
        return id;
    }

    String login() {
        return login;
    }

    String email() {
        return email;
    }

    String firstName() {
        return firstName;
    }

    String lastName() {
        return lastName;
    }

    boolean owner() {
        return owner;
    }

    Map<String, String> projects() {
        return Collections.unmodifiableMap(new TreeMap<>(projects));
    }

    boolean assignedTo(String projectId) {
        return projects.containsKey(projectId);
    }

    void assign(String projectId, String role) {
        Map<String, String> next = new TreeMap<>(projects);
        next.put(projectId, role);
        projects = next; // a new map, so the jsonb column is seen as changed
    }

    void unassign(String projectId) {
        Map<String, String> next = new TreeMap<>(projects);
        next.remove(projectId);
        projects = next;
    }

    void rename(String firstName, String lastName) {
        this.firstName = firstName != null ? firstName : this.firstName;
        this.lastName = lastName != null ? lastName : this.lastName;
    }
}
