package dev.voucheremulator.loyalty;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.voucheremulator.spec.ValidityHours;
import dev.voucheremulator.spec.ValidityTimeframe;
import dev.voucheremulator.voucher.LoyaltyCard;
import dev.voucheremulator.voucher.VoucherResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code LoyaltiesMembersTransfersCreateResponseBody}: the destination card after the transfer. The
 * schema requires {@code validity_timeframe} and {@code validity_day_of_week} (an empty object and list
 * when the card has none) and types {@code active} as a string, unlike every other voucher: it is
 * left out rather than written in a type no other answer uses.
 */
record TransferResponse(String id,
                        String code,
                        @JsonInclude(Include.ALWAYS) String campaign,
                        @JsonInclude(Include.ALWAYS) String campaignId,
                        @JsonInclude(Include.ALWAYS) String category,
                        @JsonInclude(Include.ALWAYS) String categoryId,
                        List<?> categories,
                        String type,
                        LoyaltyCard loyaltyCard,
                        @JsonInclude(Include.ALWAYS) Instant startDate,
                        @JsonInclude(Include.ALWAYS) Instant expirationDate,
                        Object validityTimeframe,
                        List<Integer> validityDayOfWeek,
                        ValidityHours validityHours,
                        VoucherResponse.Publish publish,
                        VoucherResponse.Redemption redemption,
                        @JsonInclude(Include.ALWAYS) String additionalInfo,
                        Map<String, Object> metadata,
                        VoucherResponse.Assets assets,
                        boolean isReferralCode,
                        @JsonInclude(Include.ALWAYS) String holderId,
                        Instant updatedAt,
                        Instant createdAt,
                        String object) {

    static TransferResponse of(VoucherResponse card) {
        ValidityTimeframe timeframe = card.validity() == null ? null : card.validity().validityTimeframe();
        List<Integer> days = card.validity() == null ? null : card.validity().validityDayOfWeek();
        return new TransferResponse(card.id(), card.code(), card.campaign(), card.campaignId(), card.category(),
                card.categoryId(), card.categories(), card.type().name(), card.loyaltyCard(), card.startDate(),
                card.expirationDate(), timeframe == null ? Map.of() : timeframe, days == null ? List.of() : days,
                card.validity() == null ? null : card.validity().validityHours(), card.publish(), card.redemption(),
                card.additionalInfo(), card.metadata(), card.assets(), card.isReferralCode(), card.holderId(),
                card.updatedAt(), card.createdAt(), "voucher");
    }
}
