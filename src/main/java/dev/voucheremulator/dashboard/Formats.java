package dev.voucheremulator.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the dashboard writes values for people. */
final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** Integer cents as currency units: 2000 -> "20.00", -5 -> "-0.05". */
    static String money(Long cents) {
        return cents == null ? "" : BigDecimal.valueOf(cents, 2).toPlainString();
    }

    static String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at);
    }

    static String date(Instant at) {
        return at == null ? "" : DATE.format(at);
    }
}
