package dev.voucheremulator.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.voucheremulator.customer.CustomerResponse;
import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.spec.Gift;
import dev.voucheremulator.voucher.LoyaltyCard;
import dev.voucheremulator.voucher.VoucherResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An item of {@code PublicationsListResponseBody}: one of {@code ListPublicationsItemValidSingleVoucher}
 * (a simplified {@code voucher}), {@code ...ValidMultipleVouchers} ({@code vouchers}: codes) or
 * {@code ...Invalid} ({@code failure_code}, {@code failure_message}, and the requested code, if any, in
 * {@code vouchers}).
 */
record PublicationListItem(String id,
                           String object,
                           Instant createdAt,
                           String customerId,
                           @JsonInclude(Include.ALWAYS) String trackingId,
                           Map<String, Object> metadata,
                           String channel,
                           @JsonInclude(Include.ALWAYS) String sourceId,
                           String result,
                           CustomerResponse customer,
                           ItemVoucher voucher,
                           List<String> vouchers,
                           List<String> vouchersId,
                           String failureCode,
                           String failureMessage) {

    static PublicationListItem of(Publication p, CustomerResponse customer, List<VoucherResponse> published) {
        boolean failed = Publication.FAILURE.equals(p.result());
        List<String> codes = failed
                ? (p.voucherCode() == null ? List.of() : List.of(p.voucherCode()))
                : p.vouchers().stream().map(Publication.PublishedVoucher::code).toList();
        boolean single = !failed && published.size() == 1;
        return new PublicationListItem(p.id(), "publication", p.createdAt(), p.customerId(), p.trackingId(),
                p.metadata(), p.channel(), p.sourceId(), p.result(), customer,
                single ? ItemVoucher.of(published.get(0)) : null,
                single ? null : codes,
                p.vouchers().stream().map(Publication.PublishedVoucher::voucherId).toList(),
                p.failureCode(), p.failureMessage());
    }

    /** {@code ListPublicationsItemVoucher}. */
    record ItemVoucher(String code, String object, @JsonInclude(Include.ALWAYS) String campaign, Gift gift,
                       LoyaltyCard loyaltyCard, Discount discount, boolean isReferralCode) {

        static ItemVoucher of(VoucherResponse v) {
            return new ItemVoucher(v.code(), "voucher", v.campaign(), v.gift(), v.loyaltyCard(), v.discount(),
                    v.isReferralCode());
        }
    }
}
