package dev.voucheremulator.validation;

import dev.voucheremulator.spec.Validity;
import dev.voucheremulator.spec.ValidityHours;
import dev.voucheremulator.spec.ValidityTimeframe;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Whether a voucher, a promotion tier or their campaign may be used at a given instant: the start
 * and expiration dates first, then every configured recurring window. All clock times are UTC (the
 * API names no time zone). Pure: the caller passes the instant it read from the application clock.
 */
final class ValidityCheck {

    enum Outcome { ACTIVE, NOT_STARTED, EXPIRED, NOT_ACTIVE_NOW }

    private ValidityCheck() {
    }

    /**
     * Dates of every window are checked before any recurring window, so an expired voucher says
     * "expired" even when it is also outside its happy hours.
     */
    static Outcome check(Instant now, List<Validity> windows) {
        for (Validity w : windows) {
            if (w.startDate() != null && now.isBefore(w.startDate())) {
                return Outcome.NOT_STARTED;
            }
            if (w.expirationDate() != null && now.isAfter(w.expirationDate())) {
                return Outcome.EXPIRED;
            }
        }
        for (Validity w : windows) {
            if (!inTimeframe(now, w.startDate(), w.validityTimeframe()) || !onDay(now, w.validityDayOfWeek())
                    || !inHours(now, w.validityHours())) {
                return Outcome.NOT_ACTIVE_NOW;
            }
        }
        return Outcome.ACTIVE;
    }

    /**
     * Active for {@code duration} at the start of every {@code interval}, counted from
     * {@code start}: interval P2D with duration P1D is every other day.
     */
    static boolean inTimeframe(Instant now, Instant start, ValidityTimeframe timeframe) {
        if (timeframe == null || timeframe.interval() == null || timeframe.duration() == null) {
            return true;
        }
        if (start == null) {
            // creation refuses a timeframe without start_date; treat a stray one as unrestricted
            return true;
        }
        if (now.isBefore(start)) {
            return false;
        }
        IsoDuration interval = IsoDuration.parse(timeframe.interval());
        IsoDuration duration = IsoDuration.parse(timeframe.duration());
        if (interval == null || duration == null || interval.isZero()) {
            return true;
        }
        ZonedDateTime origin = start.atZone(ZoneOffset.UTC);
        ZonedDateTime at = now.atZone(ZoneOffset.UTC);
        // cycles are counted from the start (month-based intervals vary in length): estimate, then correct
        long n = Duration.between(origin, at).toMillis() / interval.approximateMillis();
        while (n > 0 && interval.addTo(origin, n).isAfter(at)) {
            n--;
        }
        while (!interval.addTo(origin, n + 1).isAfter(at)) {
            n++;
        }
        ZonedDateTime cycle = interval.addTo(origin, n);
        return at.isBefore(duration.addTo(cycle, 1));
    }

    /** {@code days}: 0 = Sunday ... 6 = Saturday. */
    static boolean onDay(Instant now, List<Integer> days) {
        if (days == null || days.isEmpty()) {
            return true;
        }
        return days.contains(dayNumber(now));
    }

    /** Inside at least one daily window; a window whose expiration is before its start runs past midnight. */
    static boolean inHours(Instant now, ValidityHours hours) {
        if (hours == null || hours.daily() == null || hours.daily().isEmpty()) {
            return true;
        }
        LocalTime time = now.atZone(ZoneOffset.UTC).toLocalTime();
        int today = dayNumber(now);
        for (ValidityHours.Daily daily : hours.daily()) {
            if (daily == null || daily.startTime() == null || daily.expirationTime() == null) {
                continue;
            }
            LocalTime from = LocalTime.parse(daily.startTime());
            LocalTime to = LocalTime.parse(daily.expirationTime());
            boolean anyDay = daily.daysOfWeek() == null || daily.daysOfWeek().isEmpty();
            if (!from.isAfter(to)) {
                if ((anyDay || daily.daysOfWeek().contains(today)) && !time.isBefore(from) && time.isBefore(to)) {
                    return true;
                }
            } else {
                int yesterday = (today + 6) % 7;
                boolean lateToday = !time.isBefore(from) && (anyDay || daily.daysOfWeek().contains(today));
                boolean earlyTomorrow = time.isBefore(to) && (anyDay || daily.daysOfWeek().contains(yesterday));
                if (lateToday || earlyTomorrow) {
                    return true;
                }
            }
        }
        return false;
    }

    /** When a voucher published at {@code publishedAt} stops being usable, or null when unlimited. */
    static Instant expiryAfterPublishing(Instant publishedAt, String activityDuration) {
        IsoDuration duration = IsoDuration.parse(activityDuration);
        if (publishedAt == null || duration == null) {
            return null;
        }
        return duration.addTo(publishedAt.atZone(ZoneOffset.UTC), 1).toInstant();
    }

    private static int dayNumber(Instant now) {
        return now.atZone(ZoneOffset.UTC).getDayOfWeek().getValue() % 7;
    }

    /** An ISO-8601 duration with a date part (P1M, P2D) and/or a time part (PT1H). */
    record IsoDuration(Period period, Duration time) {

        static IsoDuration parse(String text) {
            return Validity.duration(text).map(d -> new IsoDuration(d.getPeriod(), d.getDuration())).orElse(null);
        }

        boolean isZero() {
            return period.isZero() && time.isZero();
        }

        ZonedDateTime addTo(ZonedDateTime at, long times) {
            ZonedDateTime result = period.isZero() ? at : at.plus(period.multipliedBy(Math.toIntExact(times)));
            return result.plus(time.multipliedBy(times));
        }

        long approximateMillis() {
            long days = period.getYears() * 365L + period.getMonths() * 30L + period.getDays();
            return Math.max(1, days * ChronoUnit.DAYS.getDuration().toMillis() + time.toMillis());
        }
    }
}
