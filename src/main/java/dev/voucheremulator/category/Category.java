package dev.voucheremulator.category;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "category")
public class Category {

    @Id
    private String id;
    private String projectId;
    private String name;
    private int hierarchy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Category() {
    }

    Category(String id, String projectId, String name, int hierarchy, Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.name = name;
        this.hierarchy = hierarchy;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int hierarchy() {
        return hierarchy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    void update(String name, int hierarchy, Instant at) {
        this.name = name;
        this.hierarchy = hierarchy;
        this.updatedAt = at;
    }
}
