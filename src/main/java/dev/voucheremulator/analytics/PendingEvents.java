package dev.voucheremulator.analytics;

import dev.voucheremulator.api.db.DeferredInserts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The events a transaction recorded, written with their sums just before it commits, in the one
 * statement that sends the transaction's other deferred writes ({@link DeferredInserts}). The counter
 * rows are shared by every transaction of a campaign, and a row an upsert touched stays locked until
 * the commit: written as they happened, a redemption held them while it waited for its voucher, and the
 * other redemptions of the campaign queued behind it. Kept with the transaction's synchronizations, so
 * an inner transaction of its own ({@code REQUIRES_NEW}) keeps its events apart, and a rollback drops
 * them with the rest.
 */
final class PendingEvents implements TransactionSynchronization {

    private final List<CampaignEvent> events = new ArrayList<>();
    private final Consumer<List<CampaignEvent>> writer;
    private boolean sent;

    private PendingEvents(Consumer<List<CampaignEvent>> writer) {
        this.writer = writer;
    }

    /** The current transaction's pending events, registered with it on first use. */
    static PendingEvents current(DeferredInserts deferred, Consumer<List<CampaignEvent>> writer) {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof PendingEvents pending) {
                return pending;
            }
        }
        PendingEvents pending = new PendingEvents(writer);
        TransactionSynchronizationManager.registerSynchronization(pending);
        deferred.beforeSending(pending::send);
        return pending;
    }

    void add(CampaignEvent event) {
        if (sent) {
            // a callback recorded it after the transaction's writes were put together: it would be lost
            throw new IllegalStateException("an event recorded after its transaction's writes were sent");
        }
        events.add(event);
    }

    private void send() {
        sent = true;
        if (!events.isEmpty()) {
            List<CampaignEvent> batch = List.copyOf(events);
            events.clear();
            writer.accept(batch);
        }
    }

    @Override
    public void afterCompletion(int status) {
        events.clear();
    }
}
