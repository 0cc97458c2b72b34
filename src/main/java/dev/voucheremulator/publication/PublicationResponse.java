package dev.voucheremulator.publication;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.voucheremulator.customer.CustomerResponse;
import dev.voucheremulator.voucher.VoucherResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code PublicationsCreateResponseBody}: one code comes back as the full {@code voucher}, several
 * as {@code vouchers} (codes). {@code channel} is always API here: the schema's enum has only that
 * value (the example's "myown" contradicts it); the list shows the channel that was sent.
 */
public record PublicationResponse(String id,
                                  String object,
                                  Instant createdAt,
                                  String customerId,
                                  @JsonInclude(Include.ALWAYS) String trackingId,
                                  Map<String, Object> metadata,
                                  String channel,
                                  @JsonInclude(Include.ALWAYS) String sourceId,
                                  String result,
                                  CustomerResponse customer,
                                  List<String> vouchersId,
                                  // the recordings show the voucher without its rules
                                  @JsonIgnoreProperties("validation_rules_assignments") VoucherResponse voucher,
                                  List<String> vouchers) {

    static PublicationResponse of(Publication p, CustomerResponse customer, List<VoucherResponse> published) {
        return new PublicationResponse(p.id(), "publication", p.createdAt(), p.customerId(), p.trackingId(),
                p.metadata(), "API", p.sourceId(), p.result(), customer,
                published.stream().map(VoucherResponse::id).toList(),
                published.size() == 1 ? published.get(0).withoutValidationRules() : null,
                published.size() == 1 ? null : published.stream().map(VoucherResponse::code).toList());
    }
}
