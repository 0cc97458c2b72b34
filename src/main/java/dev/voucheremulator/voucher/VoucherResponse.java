package dev.voucheremulator.voucher;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.voucheremulator.category.CategoryResponse;
import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.spec.Gift;
import dev.voucheremulator.spec.Validity;
import dev.voucheremulator.spec.VoucherType;
import dev.voucheremulator.validationrule.ValidationRulesAssignmentList;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Voucherify's {@code Voucher}. Fields the spec marks nullable and its examples show as
 * {@code null} are always written; the rest is left out when unset ({@code discount},
 * {@code validity_*} are not nullable in the schema although examples show null: schema wins).
 * So this record writes the dates itself, and the unwrapped {@code validity} only the rest.
 */
public record VoucherResponse(String id,
                              String code,
                              @JsonInclude(Include.ALWAYS) String campaign,
                              @JsonInclude(Include.ALWAYS) String campaignId,
                              @JsonInclude(Include.ALWAYS) String category,
                              @JsonInclude(Include.ALWAYS) String categoryId,
                              List<CategoryResponse> categories,
                              VoucherType type,
                              Discount discount,
                              @JsonInclude(Include.ALWAYS) Gift gift,
                              @JsonInclude(Include.ALWAYS) LoyaltyCard loyaltyCard,
                              @JsonInclude(Include.ALWAYS) Instant startDate,
                              @JsonInclude(Include.ALWAYS) Instant expirationDate,
                              @JsonUnwrapped @JsonIgnoreProperties({"start_date", "expiration_date"}) Validity validity,
                              boolean active,
                              @JsonInclude(Include.ALWAYS) String additionalInfo,
                              Map<String, Object> metadata,
                              Assets assets,
                              boolean isReferralCode,
                              Instant createdAt,
                              Instant updatedAt,
                              @JsonInclude(Include.ALWAYS) String holderId,
                              String referrerId,
                              ValidationRulesAssignmentList validationRulesAssignments,
                              Redemption redemption,
                              Publish publish,
                              String object) {

    // Stable stand-ins for Voucherify's rendered QR code and barcode images.
    private static final String ASSETS_URL = "https://dl.voucherify.io/api/v1/assets/";

    public record Assets(Asset qr, Asset barcode) {
    }

    public record Asset(String id, String url) {
    }

    public record Publish(String object, int count, String url) {
    }

    /**
     * {@code quantity} null = unlimited, always written. Only loyalty cards carry
     * {@code redeemed_points} and only gift cards {@code redeemed_amount} (as in the spec's examples).
     */
    public record Redemption(@JsonInclude(Include.ALWAYS) Integer quantity, int redeemedQuantity,
                             Long redeemedPoints, Long redeemedAmount, String object, String url) {
    }

    static VoucherResponse from(Voucher v, CategoryResponse category, ValidationRulesAssignmentList rules) {
        String path = "/v1/vouchers/" + v.code();
        return new VoucherResponse(v.id(), v.code(), v.campaignName(), v.campaignId(),
                category == null ? null : category.name(), v.categoryId(),
                category == null ? List.of() : List.of(category),
                v.type(), v.discount(), v.gift(), v.loyaltyCard(), v.validity().startDate(), v.validity().expirationDate(),
                v.validity(), v.active(), v.additionalInfo(),
                v.metadata(), assets(v), v.isReferralCode(), v.createdAt(), v.updatedAt(), v.holderId(), null,
                rules,
                new Redemption(v.redemptionQuantity(), v.redeemedQuantity(), redeemedPoints(v), redeemedAmount(v),
                        "list", path + "/redemptions?page=1&limit=10"),
                new Publish("list", v.publishCount(), path + "/publications?page=1&limit=10"),
                "voucher");
    }

    /** This voucher after a redemption or its rollback moved its counters; nothing else changes. */
    VoucherResponse withRedemptionCounts(int redeemedQuantity, Long giftBalance) {
        Gift after = gift == null ? null : new Gift(gift.amount(), gift.subtractedAmount(), giftBalance, gift.effect());
        Long amount = redemption.redeemedAmount();
        if (amount != null && after != null) {
            amount = Math.max(0, orZero(after.amount()) - orZero(after.subtractedAmount()) - orZero(after.balance()));
        }
        return new VoucherResponse(id, code, campaign, campaignId, category, categoryId, categories, type, discount,
                after, loyaltyCard, startDate, expirationDate, validity,
                active, additionalInfo, metadata, assets, isReferralCode, createdAt, updatedAt, holderId, referrerId,
                validationRulesAssignments,
                new Redemption(redemption.quantity(), redeemedQuantity, redemption.redeemedPoints(), amount,
                        redemption.object(), redemption.url()),
                publish, object);
    }

    /** The voucher as a publication embeds it: recorded without {@code validation_rules_assignments}. */
    public VoucherResponse withoutValidationRules() {
        return new VoucherResponse(id, code, campaign, campaignId, category, categoryId, categories, type, discount,
                gift, loyaltyCard, startDate, expirationDate, validity, active, additionalInfo, metadata, assets,
                isReferralCode, createdAt, updatedAt, holderId, referrerId, null, redemption, publish, object);
    }

    private static Assets assets(Voucher v) {
        return new Assets(asset("qr", v), asset("barcode", v));
    }

    private static Asset asset(String kind, Voucher v) {
        String id = Base64.getUrlEncoder().withoutPadding()
                .encodeToString((kind + ":" + v.id()).getBytes(StandardCharsets.UTF_8));
        return new Asset(id, ASSETS_URL + kind + "/" + id);
    }

    // What the card no longer holds and did not lose to expiry or subtraction went to redemptions.
    private static Long redeemedPoints(Voucher v) {
        LoyaltyCard card = v.loyaltyCard();
        if (v.type() != VoucherType.LOYALTY_CARD || card == null) {
            return null;
        }
        long redeemed = orZero(card.points()) - orZero(card.balance()) - orZero(card.expiredPoints())
                - orZero(card.subtractedPoints());
        return Math.max(0, redeemed);
    }

    private static Long redeemedAmount(Voucher v) {
        Gift gift = v.gift();
        if (v.type() != VoucherType.GIFT_VOUCHER || gift == null) {
            return null;
        }
        return Math.max(0, orZero(gift.amount()) - orZero(gift.subtractedAmount()) - orZero(gift.balance()));
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
