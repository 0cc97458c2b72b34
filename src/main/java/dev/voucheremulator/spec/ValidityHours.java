package dev.voucheremulator.spec;

import java.util.List;

/** Happy hours: daily windows ({@code HH:mm}) on given days of the week (0 = Sunday). */
public record ValidityHours(List<Daily> daily) {

    public record Daily(String startTime, List<Integer> daysOfWeek, String expirationTime) {
    }
}
