package dev.voucheremulator.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.spec.LoyaltyCardConfig.ExpirationRules;
import dev.voucheremulator.spec.LoyaltyCardConfig.PeriodType;
import dev.voucheremulator.spec.LoyaltyCardConfig.RoundingType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PointsExpiryTest {

    private static final LocalDate ADDED = LocalDate.parse("2025-01-10");

    @Test
    void pointsWithoutRulesNeverExpire() {
        assertThat(PointsExpiry.lastDay(null, ADDED)).isNull();
    }

    @Test
    void monthPeriodsAreRoundedUpToTheEndOfTheChosenPeriod() {
        assertThat(lastDay(2, null, null)).isEqualTo("2025-03-10");
        assertThat(lastDay(1, RoundingType.END_OF_MONTH, null)).isEqualTo("2025-02-28");
        assertThat(lastDay(1, RoundingType.END_OF_QUARTER, null)).isEqualTo("2025-03-31");
        assertThat(lastDay(6, RoundingType.END_OF_HALF_YEAR, null)).isEqualTo("2025-12-31");
        assertThat(lastDay(1, RoundingType.END_OF_YEAR, null)).isEqualTo("2025-12-31");
        assertThat(lastDay(1, RoundingType.PARTICULAR_MONTH, 4)).isEqualTo("2025-04-30");
        assertThat(lastDay(1, RoundingType.PARTICULAR_MONTH, 1)).isEqualTo("2026-01-31");
    }

    @Test
    void fixedDayOfYearIsTheNextSuchDayAfterTheAddition() {
        assertThat(PointsExpiry.lastDay(new ExpirationRules(PeriodType.FIXED_DAY_OF_YEAR, null, null, null, 1, 10),
                ADDED)).isEqualTo("2026-01-10");
        assertThat(PointsExpiry.lastDay(new ExpirationRules(PeriodType.FIXED_DAY_OF_YEAR, null, null, null, 2, 31),
                ADDED)).isEqualTo("2025-02-28");
    }

    private static LocalDate lastDay(int months, RoundingType rounding, Integer roundingValue) {
        return PointsExpiry.lastDay(new ExpirationRules(PeriodType.MONTH, months, rounding, roundingValue, null, null),
                ADDED);
    }
}
