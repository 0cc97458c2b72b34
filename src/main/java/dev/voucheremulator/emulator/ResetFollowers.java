package dev.voucheremulator.emulator;

import dev.voucheremulator.api.time.ProjectClocks;
import dev.voucheremulator.emulator.fault.FaultRules;
import dev.voucheremulator.emulator.journal.JournalService;
import dev.voucheremulator.emulator.quota.Quotas;
import dev.voucheremulator.emulator.sink.CaptureSinks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A reset leaves nothing of the project behind: besides its data, its journal, fault rules, quotas
 * and test clock (back to wall time) go too, as WireMock's reset clears its request journal. Capture
 * sinks belong to no project: a reset of every project empties them.
 */
@Component
class ResetFollowers {

    private final JournalService journal;
    private final FaultRules faults;
    private final Quotas quotas;
    private final ProjectClocks clocks;
    private final CaptureSinks sinks;

    ResetFollowers(JournalService journal, FaultRules faults, Quotas quotas, ProjectClocks clocks,
                   CaptureSinks sinks) {
        this.journal = journal;
        this.faults = faults;
        this.quotas = quotas;
        this.clocks = clocks;
        this.sinks = sinks;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onReset(ProjectReset reset) {
        if (reset.all()) {
            journal.clearAll();
            faults.clearAll();
            quotas.clearAll();
            clocks.releaseAll();
            sinks.clearAll();
            return;
        }
        journal.clear(reset.projectId());
        faults.clear(reset.projectId());
        quotas.clear(reset.projectId());
        clocks.release(reset.projectId());
    }
}
