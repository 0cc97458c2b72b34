package dev.voucheremulator.campaign;

import dev.voucheremulator.spec.Validity;
import dev.voucheremulator.spec.VoucherType;
import jakarta.persistence.Column;
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
 * Plain columns for what is filtered, sorted or counted on; jsonb for nested configuration that is
 * stored and echoed as sent.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    private String id;
    @Column(insertable = false, updatable = false)
    private Long seq;
    private String projectId;
    private String name;
    private String description;
    @Enumerated(EnumType.STRING)
    private CampaignType campaignType;
    @Enumerated(EnumType.STRING)
    private CodeGeneration type;
    @Enumerated(EnumType.STRING)
    private VoucherType voucherType;
    private boolean isReferralCode;
    private boolean active = true;
    private boolean autoJoin;
    private boolean joinOnce;
    private boolean useVoucherMetadataSchema;
    @Column(name = "protected")
    private boolean protectedCampaign;
    @Enumerated(EnumType.STRING)
    private CampaignStatus creationStatus = CampaignStatus.DONE;
    private int vouchersCount;
    @Embedded
    private Validity validity;
    private String activityDurationAfterPublishing;
    private String categoryId;
    @JdbcTypeCode(SqlTypes.JSON)
    private CampaignVoucherConfig voucher;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> metadata;
    @JdbcTypeCode(SqlTypes.JSON)
    private ReferralProgram referralProgram;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> loyaltyTiersExpiration;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant deletedAt;
    @Version
    private long version;

    protected Campaign() {
    }

    Campaign(String id, String projectId, String name, CampaignType campaignType, CodeGeneration type,
             Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.name = name;
        this.campaignType = campaignType;
        this.type = type;
        this.voucherType = campaignType.voucherType();
        this.createdAt = createdAt;
    }

    public String id() { return id; }
    public String projectId() { return projectId; }
    public String name() { return name; }
    public String description() { return description; }
    public CampaignType campaignType() { return campaignType; }
    public CodeGeneration type() { return type; }
    public VoucherType voucherType() { return voucherType; }
    public boolean isReferralCode() { return isReferralCode; }
    public boolean active() { return active; }
    public boolean autoJoin() { return autoJoin; }
    public boolean joinOnce() { return joinOnce; }
    public boolean useVoucherMetadataSchema() { return useVoucherMetadataSchema; }
    public boolean protectedCampaign() { return protectedCampaign; }
    public CampaignStatus creationStatus() { return creationStatus; }
    public int vouchersCount() { return vouchersCount; }
    // Hibernate leaves an embedded value null when all its columns are
    public Validity validity() { return validity == null ? Validity.NONE : validity; }
    public String activityDurationAfterPublishing() { return activityDurationAfterPublishing; }
    public String categoryId() { return categoryId; }
    public CampaignVoucherConfig voucher() { return voucher; }
    public Map<String, Object> metadata() { return metadata; }
    public ReferralProgram referralProgram() { return referralProgram; }
    public Map<String, Object> loyaltyTiersExpiration() { return loyaltyTiersExpiration; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant deletedAt() { return deletedAt; }

    void describe(String description) { this.description = description; }
    void referralCode(boolean isReferralCode) { this.isReferralCode = isReferralCode; }
    void joining(boolean autoJoin, boolean joinOnce) { this.autoJoin = autoJoin; this.joinOnce = joinOnce; }
    void useVoucherMetadataSchema(boolean value) { this.useVoucherMetadataSchema = value; }
    void type(CodeGeneration type) { this.type = type; }
    void voucher(CampaignVoucherConfig voucher) { this.voucher = voucher; }
    void category(String categoryId) { this.categoryId = categoryId; }
    // null when never sent: the real API answers "metadata": null then
    void metadata(Map<String, Object> metadata) { this.metadata = metadata; }
    void referralProgram(ReferralProgram value) { this.referralProgram = value; }
    void loyaltyTiersExpiration(Map<String, Object> value) { this.loyaltyTiersExpiration = value; }
    void activityDurationAfterPublishing(String value) { this.activityDurationAfterPublishing = value; }
    void validity(Validity validity) { this.validity = validity; }

    void vouchersAdded(int count) { this.vouchersCount += count; }
    void vouchersRemoved(int count) { this.vouchersCount = Math.max(0, this.vouchersCount - count); }
    void activate(boolean active) { this.active = active; }
    void touched(Instant at) { this.updatedAt = at; }
    void delete(Instant at) { this.deletedAt = at; }
}
