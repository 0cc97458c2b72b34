package dev.voucheremulator.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code redemption.quantity}: how often one voucher may be redeemed; null = unlimited (and written as null). */
public record RedemptionLimit(@JsonInclude(JsonInclude.Include.ALWAYS) Integer quantity) {

    public static final RedemptionLimit UNLIMITED = new RedemptionLimit(null);
}
