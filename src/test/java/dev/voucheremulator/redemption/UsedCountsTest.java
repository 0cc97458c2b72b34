package dev.voucheremulator.redemption;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a batch predicts a voucher's uses from: known only as this process last left them. */
class UsedCountsTest {

    final UsedCounts used = new UsedCounts();

    @Test
    void aVoucherIsKnownByItsProjectAndIdUntilForgotten() {
        used.remember("proj_a", "v_1", 7);

        assertThat(used.of("proj_a", "v_1")).isEqualTo(7);
        assertThat(used.of("proj_b", "v_1")).isNull();
        assertThat(used.of("proj_a", "v_2")).isNull();

        used.forget("proj_b", "v_1");
        assertThat(used.of("proj_a", "v_1")).isEqualTo(7);
        used.forget("proj_a", "v_1");
        assertThat(used.of("proj_a", "v_1")).isNull();
    }

    @Test
    void aVoucherSharingItsSlotWithANewerOneIsNoLongerKnown() {
        // "Aa" and "BB" have the same hash code, so the same slot
        used.remember("proj_a", "Aa", 1);
        used.remember("proj_a", "BB", 2);

        assertThat(used.of("proj_a", "Aa")).isNull();
        assertThat(used.of("proj_a", "BB")).isEqualTo(2);
        used.forget("proj_a", "Aa");
        assertThat(used.of("proj_a", "BB")).isEqualTo(2);
    }
}
