package dev.voucheremulator.voucher;

import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.spec.Gift;
import dev.voucheremulator.spec.Validity;
import dev.voucheremulator.spec.VoucherType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Plain columns for what is looked up, filtered, sorted or counted (code, campaign, type, dates,
 * redemption counters); jsonb for the nested values that are stored and echoed.
 */
@Entity
@Table(name = "voucher")
class Voucher {

    @Id
    private String id;
    private String projectId;
    private String code;
    private String campaignId;
    private String campaignName;
    private String categoryId;
    @Enumerated(EnumType.STRING)
    private VoucherType type;
    private boolean isReferralCode;
    private boolean active = true;
    @Embedded
    private Validity validity;
    @JdbcTypeCode(SqlTypes.JSON)
    private Discount discount;
    @JdbcTypeCode(SqlTypes.JSON)
    private Gift gift;
    @JdbcTypeCode(SqlTypes.JSON)
    private LoyaltyCard loyaltyCard;
    private String additionalInfo;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> metadata = Map.of();
    private Integer redemptionQuantity;
    private int redeemedQuantity;
    private String holderId;
    // written only by VoucherRepository.publish, which also bumps the version
    private int publishCount;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant deletedAt;
    // A wrapper, not a primitive: Spring Data then sees a null version as "new" and persists
    // without first selecting by the assigned id, which keeps bulk generation to batched inserts.
    @Version
    private Long version;

    protected Voucher() {
    }

    Voucher(String id, String projectId, String code, VoucherType type, Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.code = code;
        this.type = type;
        this.createdAt = createdAt;
    }

    String id() { return id; }
    String projectId() { return projectId; }
    String code() { return code; }
    String campaignId() { return campaignId; }
    String campaignName() { return campaignName; }
    String categoryId() { return categoryId; }
    VoucherType type() { return type; }
    boolean isReferralCode() { return isReferralCode; }
    boolean active() { return active; }
    // Hibernate leaves an embedded value null when all its columns are
    Validity validity() { return validity == null ? Validity.NONE : validity; }
    Discount discount() { return discount; }
    Gift gift() { return gift; }
    LoyaltyCard loyaltyCard() { return loyaltyCard; }
    String additionalInfo() { return additionalInfo; }
    Map<String, Object> metadata() { return metadata; }
    Integer redemptionQuantity() { return redemptionQuantity; }
    int redeemedQuantity() { return redeemedQuantity; }
    String holderId() { return holderId; }
    int publishCount() { return publishCount; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
    Instant deletedAt() { return deletedAt; }

    void campaign(String campaignId, String campaignName) {
        this.campaignId = campaignId;
        this.campaignName = campaignName;
    }

    void category(String categoryId) { this.categoryId = categoryId; }
    void referralCode(boolean isReferralCode) { this.isReferralCode = isReferralCode; }
    void activate(boolean active) { this.active = active; }
    void discount(Discount discount) { this.discount = discount; }
    void gift(Gift gift) { this.gift = gift; }
    void loyaltyCard(LoyaltyCard loyaltyCard) { this.loyaltyCard = loyaltyCard; }
    void additionalInfo(String additionalInfo) { this.additionalInfo = additionalInfo; }
    void metadata(Map<String, Object> metadata) { this.metadata = metadata == null ? Map.of() : metadata; }
    void redemptionQuantity(Integer quantity) { this.redemptionQuantity = quantity; }
    void touched(Instant at) { this.updatedAt = at; }

    void validity(Validity validity) {
        this.validity = validity;
    }
}
