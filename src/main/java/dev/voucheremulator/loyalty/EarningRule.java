package dev.voucheremulator.loyalty;

import dev.voucheremulator.spec.LoyaltyCardConfig;
import dev.voucheremulator.spec.ValidityHours;
import dev.voucheremulator.spec.ValidityTimeframe;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * How members earn points (order paid, custom event, segment entered, tier joined). Order-paid and
 * custom-event rules award points ({@link LoyaltyEarning}); the others are stored and echoed.
 */
@Entity
@Table(name = "earning_rule")
class EarningRule {

    /**
     * The rule as sent, but for {@code active}, a column. Dates are kept as sent; {@link LoyaltyEarning}
     * reads the ISO-8601 ones and ignores any other.
     */
    record Definition(String validationRuleId,
                      EarningRuleLoyalty loyalty,
                      String event,
                      CustomEvent customEvent,
                      Ref segment,
                      Ref loyaltyTier,
                      Source source,
                      String startDate,
                      String expirationDate,
                      ValidityTimeframe validityTimeframe,
                      List<Integer> validityDayOfWeek,
                      ValidityHours validityHours,
                      PendingPoints pendingPoints,
                      LoyaltyCardConfig.ExpirationRules expirationRules,
                      Map<String, Object> metadata) {
    }

    record CustomEvent(String schemaId) {
    }

    record Ref(String id) {
    }

    /** Where the rule shows: a banner, and the program it belongs to (set by the emulator). */
    record Source(String banner, String objectId, String objectType) {
    }

    record PendingPoints(PeriodType periodType, Integer periodValue) {

        enum PeriodType { DAY }
    }

    @Id
    private String id;
    private String projectId;
    private String campaignId;
    private boolean active;
    @JdbcTypeCode(SqlTypes.JSON)
    private Definition definition;
    private Instant createdAt;
    private Instant updatedAt;

    protected EarningRule() {
    }

    EarningRule(String id, String projectId, String campaignId, boolean active, Definition definition,
                Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.campaignId = campaignId;
        this.active = active;
        this.definition = definition;
        this.createdAt = createdAt;
    }

    void update(Definition definition, Instant now) {
        this.definition = definition;
        this.updatedAt = now;
    }

    void active(boolean active, Instant now) {
        this.active = active;
        this.updatedAt = now;
    }

    String id() { return id; }
    String campaignId() { return campaignId; }
    boolean active() { return active; }
    Definition definition() { return definition; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
}
