package dev.voucheremulator.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.validation.ValidityCheck.Outcome;
import dev.voucheremulator.spec.Validity;
import dev.voucheremulator.spec.ValidityHours;
import dev.voucheremulator.spec.ValidityTimeframe;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidityCheckTest {

    // a Wednesday
    private static final Instant WED_NOON = Instant.parse("2025-03-05T12:00:00Z");

    @Test
    void datesComeBeforeRecurringWindows() {
        Validity expiredAndOffDay = new Validity(null, Instant.parse("2025-03-01T00:00:00Z"), null, List.of(0), null);
        assertThat(ValidityCheck.check(WED_NOON, List.of(expiredAndOffDay))).isEqualTo(Outcome.EXPIRED);

        Validity future = new Validity(Instant.parse("2025-03-06T00:00:00Z"), null, null, null, null);
        assertThat(ValidityCheck.check(WED_NOON, List.of(future))).isEqualTo(Outcome.NOT_STARTED);
    }

    @Test
    void everyWindowMustAllowTheInstant() {
        Validity voucher = new Validity(null, null, null, List.of(3), null);
        Validity campaign = new Validity(null, Instant.parse("2025-03-05T11:00:00Z"), null, null, null);
        assertThat(ValidityCheck.check(WED_NOON, List.of(voucher))).isEqualTo(Outcome.ACTIVE);
        assertThat(ValidityCheck.check(WED_NOON, List.of(voucher, campaign))).isEqualTo(Outcome.EXPIRED);
        assertThat(ValidityCheck.check(WED_NOON, List.of())).isEqualTo(Outcome.ACTIVE);
    }

    @Test
    void daysOfWeekCountFromSunday() {
        assertThat(ValidityCheck.onDay(WED_NOON, List.of(3))).isTrue();
        assertThat(ValidityCheck.onDay(WED_NOON, List.of(0, 6))).isFalse();
        assertThat(ValidityCheck.onDay(Instant.parse("2025-03-09T10:00:00Z"), List.of(0))).isTrue();
        assertThat(ValidityCheck.check(WED_NOON, List.of(new Validity(null, null, null, List.of(1), null))))
                .isEqualTo(Outcome.NOT_ACTIVE_NOW);
    }

    @Test
    void timeframeIsActiveForTheDurationAtTheStartOfEachInterval() {
        Instant start = Instant.parse("2025-03-01T00:00:00Z");
        ValidityTimeframe everyOtherDay = new ValidityTimeframe("P2D", "P1D");
        assertThat(ValidityCheck.inTimeframe(Instant.parse("2025-03-01T10:00:00Z"), start, everyOtherDay)).isTrue();
        assertThat(ValidityCheck.inTimeframe(Instant.parse("2025-03-02T10:00:00Z"), start, everyOtherDay)).isFalse();
        assertThat(ValidityCheck.inTimeframe(WED_NOON, start, everyOtherDay)).isTrue();
        assertThat(ValidityCheck.inTimeframe(Instant.parse("2025-03-31T23:59:00Z"), start, everyOtherDay)).isTrue();

        ValidityTimeframe firstHourOfEachMonth = new ValidityTimeframe("P1M", "PT1H");
        assertThat(ValidityCheck.inTimeframe(Instant.parse("2027-07-01T00:30:00Z"), start, firstHourOfEachMonth))
                .isTrue();
        assertThat(ValidityCheck.inTimeframe(Instant.parse("2027-07-01T01:30:00Z"), start, firstHourOfEachMonth))
                .isFalse();
        assertThat(ValidityCheck.inTimeframe(Instant.parse("2025-02-28T00:00:00Z"), start, firstHourOfEachMonth))
                .isFalse();
    }

    @Test
    void hoursAreDailyWindowsOnTheirDays() {
        ValidityHours lunch = new ValidityHours(List.of(new ValidityHours.Daily("11:30", List.of(1, 2, 3), "13:00")));
        assertThat(ValidityCheck.inHours(WED_NOON, lunch)).isTrue();
        assertThat(ValidityCheck.inHours(Instant.parse("2025-03-05T13:00:00Z"), lunch)).isFalse();
        assertThat(ValidityCheck.inHours(Instant.parse("2025-03-06T12:00:00Z"), lunch)).isFalse();

        ValidityHours night = new ValidityHours(List.of(new ValidityHours.Daily("22:00", List.of(3), "02:00")));
        assertThat(ValidityCheck.inHours(Instant.parse("2025-03-05T23:00:00Z"), night)).isTrue();
        assertThat(ValidityCheck.inHours(Instant.parse("2025-03-06T01:00:00Z"), night)).isTrue();
        assertThat(ValidityCheck.inHours(Instant.parse("2025-03-06T03:00:00Z"), night)).isFalse();
    }

    @Test
    void activityDurationRunsFromPublication() {
        Instant published = Instant.parse("2025-03-01T00:00:00Z");
        assertThat(ValidityCheck.expiryAfterPublishing(published, "P24D"))
                .isEqualTo(Instant.parse("2025-03-25T00:00:00Z"));
        assertThat(ValidityCheck.expiryAfterPublishing(published, "PT1H"))
                .isEqualTo(Instant.parse("2025-03-01T01:00:00Z"));
        assertThat(ValidityCheck.expiryAfterPublishing(null, "P1D")).isNull();
        assertThat(ValidityCheck.expiryAfterPublishing(published, null)).isNull();
    }
}
