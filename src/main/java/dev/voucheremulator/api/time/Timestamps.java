package dev.voucheremulator.api.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;

/**
 * How the API reads a point in time, in bodies and query strings alike: an ISO-8601 date-time with
 * or without offset (none means UTC) and with or without millis, or a plain date (its midnight, UTC).
 * Stored with millisecond precision, as Voucherify writes them.
 */
public final class Timestamps {

    private Timestamps() {
    }

    /** @throws DateTimeParseException when the text is neither a date nor a date-time */
    public static Instant parse(String text) {
        // an unencoded '+' of an offset arrives as a space in a query string
        String value = text.trim().replace(' ', '+');
        if (value.length() == 10) {
            return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(value, OffsetDateTime::from,
                LocalDateTime::from);
        Instant instant = parsed instanceof OffsetDateTime dateTime
                ? dateTime.toInstant()
                : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    /** True for a plain date (2024-01-01), which a window's end reads as the end of that day. */
    public static boolean isDate(String text) {
        return text.trim().length() == 10;
    }
}
