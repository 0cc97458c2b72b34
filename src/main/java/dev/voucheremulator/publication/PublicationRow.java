package dev.voucheremulator.publication;

import java.time.Instant;

/** A publication attempt of one campaign as a table row shows it (the dashboard's publications tab). */
public record PublicationRow(String id, Instant createdAt, String customerId, String sourceId, String channel,
                             String voucherCode, String result, String failureCode, String failureMessage) {

    static PublicationRow from(Publication p) {
        return new PublicationRow(p.id(), p.createdAt(), p.customerId(), p.sourceId(), p.channel(), p.voucherCode(),
                p.result(), p.failureCode(), p.failureMessage());
    }
}
