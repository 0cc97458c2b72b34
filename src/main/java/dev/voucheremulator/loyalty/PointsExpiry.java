package dev.voucheremulator.loyalty;

import dev.voucheremulator.spec.LoyaltyCardConfig.ExpirationRules;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

/**
 * The last day points added on a date can be spent, from a program's {@code expiration_rules};
 * {@code null} = they never expire. They are gone from the start of the following day (UTC).
 */
final class PointsExpiry {

    private PointsExpiry() {
    }

    static LocalDate lastDay(ExpirationRules rules, LocalDate added) {
        if (rules == null || rules.periodType() == null) {
            return null;
        }
        return switch (rules.periodType()) {
            case MONTH -> rules.periodValue() == null ? null : rounded(rules, added.plusMonths(rules.periodValue()));
            case FIXED_DAY_OF_YEAR -> rules.fixedMonth() == null || rules.fixedDay() == null ? null
                    : nextFixedDay(rules.fixedMonth(), rules.fixedDay(), added);
        };
    }

    private static LocalDate rounded(ExpirationRules rules, LocalDate base) {
        if (rules.roundingType() == null) {
            return base;
        }
        YearMonth month = YearMonth.from(base);
        YearMonth end = switch (rules.roundingType()) {
            case END_OF_MONTH -> month;
            case END_OF_QUARTER -> month.withMonth((month.getMonthValue() + 2) / 3 * 3);
            case END_OF_HALF_YEAR -> month.withMonth(month.getMonthValue() <= 6 ? 6 : 12);
            case END_OF_YEAR -> month.withMonth(12);
            // the end of the next month numbered rounding_value (1 = January), on or after the base date
            case PARTICULAR_MONTH -> {
                int wanted = rules.roundingValue() == null ? month.getMonthValue()
                        : Math.floorMod(rules.roundingValue() - 1, 12) + 1;
                YearMonth candidate = month.withMonth(wanted);
                yield candidate.isBefore(month) ? candidate.plusYears(1) : candidate;
            }
        };
        return end.atEndOfMonth();
    }

    // The next such day strictly after the day the points were added; a 31st is clamped to the month's end.
    private static LocalDate nextFixedDay(int month, int day, LocalDate added) {
        for (int year = added.getYear(); ; year++) {
            YearMonth ym = YearMonth.of(year, Month.of(month));
            LocalDate candidate = ym.atDay(Math.min(day, ym.lengthOfMonth()));
            if (candidate.isAfter(added)) {
                return candidate;
            }
        }
    }
}
