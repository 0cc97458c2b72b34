package dev.voucheremulator.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The whole UTC days a dashboard shows, both inclusive. As instants it is exactly what
 * {@code GET /v1/campaigns/{id}/summary?start_date=<start>&end_date=<end>} sums over.
 */
record Period(LocalDate start, LocalDate end) {

    /** Charts stay readable and the daily query small. */
    static final int MAX_DAYS = 366;
    static final int DEFAULT_DAYS = 30;

    /** The given dates, or the last {@link #DEFAULT_DAYS} days up to {@code today}; never longer than a year. */
    static Period of(String start, String end, LocalDate today) {
        LocalDate to = parse(end);
        LocalDate from = parse(start);
        if (to == null) {
            to = from == null ? today : from.plusDays(DEFAULT_DAYS - 1);
        }
        if (from == null || from.isAfter(to)) {
            from = to.minusDays(DEFAULT_DAYS - 1);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            from = to.minusDays(MAX_DAYS - 1);
        }
        return new Period(from, to);
    }

    Instant from() {
        return start.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The last millisecond of the end day, as the summary reads a date-only {@code end_date}. */
    Instant to() {
        return end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
    }

    private static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
