package dev.voucheremulator.voucher;

import java.util.function.Supplier;

/**
 * Published in the transaction of a voucher's change: {@code type} is voucher.created, .updated, .deleted,
 * .enabled, .disabled or voucher.gift.balance_added. {@code voucher} builds the voucher as the API shows it
 * (for a deletion, as it was), and {@code transaction} the card transaction the change made (null unless
 * the balance changed), on demand; call them before the transaction ends.
 */
public record VoucherChanged(String projectId, String type, String voucherId, String campaignId,
                             Supplier<VoucherResponse> voucher, Supplier<Object> transaction) {

    public VoucherChanged(String projectId, String type, String voucherId, String campaignId,
                          Supplier<VoucherResponse> voucher) {
        this(projectId, type, voucherId, campaignId, voucher, null);
    }
}
