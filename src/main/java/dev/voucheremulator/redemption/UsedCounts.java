package dev.voucheremulator.redemption;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The uses each voucher had when this process last took from it in a batch, for the next batch to
 * predict from. A fixed number of slots by the voucher's hash: a voucher that shares its slot with a
 * more recent one is simply not known. A prediction is only ever a guess the take confirms.
 */
final class UsedCounts {

    private static final int SLOTS = 1024;

    private final AtomicReferenceArray<Count> slots = new AtomicReferenceArray<>(SLOTS);

    /** The uses last seen, or null when not known. */
    Integer of(String projectId, String voucherId) {
        Count count = slots.get(slot(voucherId));
        return count != null && count.voucherId.equals(voucherId) && count.projectId.equals(projectId)
                ? count.used : null;
    }

    void remember(String projectId, String voucherId, int used) {
        slots.set(slot(voucherId), new Count(projectId, voucherId, used));
    }

    void forget(String projectId, String voucherId) {
        int slot = slot(voucherId);
        Count count = slots.get(slot);
        if (count != null && count.voucherId.equals(voucherId) && count.projectId.equals(projectId)) {
            slots.compareAndSet(slot, count, null);
        }
    }

    private static int slot(String voucherId) {
        return Math.floorMod(voucherId.hashCode(), SLOTS);
    }

    private record Count(String projectId, String voucherId, int used) {
    }
}
