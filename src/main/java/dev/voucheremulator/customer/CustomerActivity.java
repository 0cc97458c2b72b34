package dev.voucheremulator.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.Persistable;

/**
 * One event in a customer's activity; written once, never changed. Always new when built here, so
 * saving it is one insert (no select to tell a new id from an existing one).
 */
@Entity
@Table(name = "customer_activity")
class CustomerActivity implements Persistable<String> {

    @Id
    private String id;
    @Column(insertable = false, updatable = false)
    private Long seq;
    private String projectId;
    private String customerId;
    private String type;
    private String campaignId;
    private String campaignType;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> data = Map.of();
    private Long orderAmount;
    private Long giftAmount;
    private Long points;
    private Instant createdAt;
    @Transient
    private boolean stored;

    protected CustomerActivity() {
    }

    CustomerActivity(String id, String projectId, String customerId, Activity activity, Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.customerId = customerId;
        this.type = activity.type();
        this.campaignId = activity.campaignId();
        this.campaignType = activity.campaignType();
        this.data = activity.data() == null ? Map.of() : activity.data();
        this.orderAmount = activity.orderAmount();
        this.giftAmount = activity.giftAmount();
        this.points = activity.points();
        this.createdAt = createdAt;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        stored = true;
    }

    String id() { return id; }
    Long seq() { return seq; }
    String customerId() { return customerId; }
    String type() { return type; }
    String campaignId() { return campaignId; }
    String campaignType() { return campaignType; }
    Map<String, Object> data() { return data; }
    Long orderAmount() { return orderAmount; }
    Long giftAmount() { return giftAmount; }
    Long points() { return points; }
    Instant createdAt() { return createdAt; }
}
