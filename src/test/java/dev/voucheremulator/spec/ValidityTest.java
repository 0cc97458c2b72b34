package dev.voucheremulator.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ValidityTest {

    private static final Instant MARCH = Instant.parse("2025-03-01T00:00:00Z");
    private static final Instant APRIL = Instant.parse("2025-04-01T00:00:00Z");

    // The inputs accepted and refused before the parsing moved to threeten-extra, unchanged.
    @ParameterizedTest
    @ValueSource(strings = {"P1D", "P24D", "P3M", "P2W", "PT1H", "PT1h", "PT1H30M", "P1DT1H", "P1d", "P-1D",
            "P0D", "PT1,5S", "P1DT-1H", "P1Y2M3W4DT5H6M7.5S"})
    void acceptsIsoDurationsWithDateAndTimeParts(String text) {
        assertThat(Validity.duration(text)).as(text).isPresent();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"P", "PT", "P1DT", "PT1D", "p1d", "-P1D", "+P1D", "P1Dt1H", "P1Y1Y", "P1.5D", "P 1D",
            "1D", "P1DT1H1H", "P99999999999D"})
    void refusesAnythingElse(String text) {
        assertThat(Validity.duration(text)).as(text).isEmpty();
    }

    @Test
    void readsBothPartsOfADuration() {
        var duration = Validity.duration("P1MT2H").orElseThrow();
        assertThat(duration.getPeriod()).isEqualTo(Period.ofMonths(1));
        assertThat(duration.getDuration()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void namesTheFirstProblemOfARequest() {
        assertThat(Validity.NONE.problem()).isNull();
        assertThat(Validity.between(APRIL, MARCH).problem())
                .isEqualTo("Property 'expiration_date' should be after 'start_date'");
        assertThat(new Validity(null, null, new ValidityTimeframe("P1D", "PT1H"), null, null).problem())
                .isEqualTo("Property 'start_date' is required when 'validity_timeframe' is set");
        assertThat(new Validity(MARCH, null, new ValidityTimeframe("P1D", "1 hour"), null, null).problem())
                .isEqualTo("Property 'validity_timeframe' should hold ISO-8601 durations in 'interval' and 'duration'");
        assertThat(new Validity(null, null, null, Arrays.asList(1, null), null).problem())
                .isEqualTo("Property 'validity_day_of_week' should hold days 0 (Sunday) to 6 (Saturday)");
        assertThat(hours("11:30", List.of(1), "13:00").problem()).isNull();
        assertThat(hours("11:30", List.of(1), "1pm").problem())
                .isEqualTo("Property 'validity_hours.daily' needs start_time and expiration_time as HH:mm");
        assertThat(hours("11:30", List.of(7), "13:00").problem())
                .isEqualTo("Property 'validity_hours.daily.days_of_week' should hold days 0 (Sunday) to 6 (Saturday)");
    }

    @Test
    void checksTheActivityDurationAfterTheValiditySettings() {
        assertThat(Validity.NONE.problem("P24D")).isNull();
        assertThat(Validity.NONE.problem("24 days"))
                .isEqualTo("Property 'activity_duration_after_publishing' should be an ISO-8601 duration such as P24D");
        assertThat(Validity.between(APRIL, MARCH).problem("24 days"))
                .isEqualTo("Property 'expiration_date' should be after 'start_date'");
    }

    @Test
    void partsThatAreSetWinOverTheFallback() {
        Validity stored = new Validity(MARCH, APRIL, new ValidityTimeframe("P1D", "PT1H"), List.of(1), null);

        assertThat(Validity.NONE.orElse(stored)).isEqualTo(stored);
        assertThat(Validity.between(null, MARCH.plusSeconds(60)).orElse(stored))
                .isEqualTo(new Validity(MARCH, MARCH.plusSeconds(60), stored.validityTimeframe(), List.of(1), null));
        assertThat(stored.orElse(null)).isEqualTo(stored);
    }

    private static Validity hours(String from, List<Integer> days, String to) {
        return new Validity(null, null, null, null, new ValidityHours(List.of(new ValidityHours.Daily(from, days, to))));
    }
}
