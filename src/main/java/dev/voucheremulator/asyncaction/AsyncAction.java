package dev.voucheremulator.asyncaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "async_action")
class AsyncAction {

    @Id
    private String id;
    private String projectId;
    private String type;
    private String status;
    private String operationStatus;
    private String requestId;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> result;
    private Instant createdAt;
    private Instant updatedAt;
    @Column(insertable = false, updatable = false)
    private Long seq;

    protected AsyncAction() {
    }

    AsyncAction(String id, String projectId, String type, boolean succeeded, Map<String, Object> result, Instant at,
                String requestId) {
        this.id = id;
        this.requestId = requestId;
        this.projectId = projectId;
        this.type = type;
        this.status = succeeded ? "DONE" : "FAILED";
        this.operationStatus = succeeded ? "SUCCESS" : "FAILED";
        this.result = result;
        this.createdAt = at;
        this.updatedAt = at;
    }

    String id() { return id; }
    String projectId() { return projectId; }
    String type() { return type; }
    String status() { return status; }
    String operationStatus() { return operationStatus; }
    Map<String, Object> result() { return result; }
    String requestId() { return requestId; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
}
