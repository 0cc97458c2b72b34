package dev.voucheremulator.voucher;

import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.spec.Gift;
import dev.voucheremulator.spec.ValidityHours;
import dev.voucheremulator.spec.ValidityTimeframe;
import dev.voucheremulator.spec.VoucherType;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Body of PUT /v1/vouchers/{code} ({@code VouchersUpdateRequestBody}). Which properties were sent
 * is kept beside it ({@link VoucherChanges}): an absent property leaves its value, an explicit
 * {@code null} clears it, a value sets it.
 */
record UpdateVoucherRequest(String category,
                            String categoryId,
                            Instant startDate,
                            Instant expirationDate,
                            ValidityTimeframe validityTimeframe,
                            List<Integer> validityDayOfWeek,
                            ValidityHours validityHours,
                            Boolean active,
                            String additionalInfo,
                            Map<String, Object> metadata,
                            VoucherType type,
                            Discount discount,
                            Gift gift,
                            LoyaltyCardUpdate loyaltyCard) {

    record LoyaltyCardUpdate(Long points) {
    }
}
