package dev.voucheremulator.spec;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/** Checks the shared validity settings of a request; each method returns the problem or null. */
public final class Validity {

    private static final Pattern CLOCK = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?");

    private Validity() {
    }

    public static String problem(Instant startDate, Instant expirationDate, ValidityTimeframe timeframe,
                                 List<Integer> daysOfWeek, ValidityHours hours, String activityDuration) {
        if (startDate != null && expirationDate != null && !expirationDate.isAfter(startDate)) {
            return "Property 'expiration_date' should be after 'start_date'";
        }
        if (timeframe != null) {
            if (!isDuration(timeframe.interval()) || !isDuration(timeframe.duration())) {
                return "Property 'validity_timeframe' should hold ISO-8601 durations in 'interval' and 'duration'";
            }
            if (startDate == null) {
                return "Property 'start_date' is required when 'validity_timeframe' is set";
            }
        }
        String days = daysProblem(daysOfWeek, "validity_day_of_week");
        if (days != null) {
            return days;
        }
        if (hours != null && hours.daily() != null) {
            for (ValidityHours.Daily daily : hours.daily()) {
                if (daily == null || !isClock(daily.startTime()) || !isClock(daily.expirationTime())) {
                    return "Property 'validity_hours.daily' needs start_time and expiration_time as HH:mm";
                }
                String dailyDays = daysProblem(daily.daysOfWeek(), "validity_hours.daily.days_of_week");
                if (dailyDays != null) {
                    return dailyDays;
                }
            }
        }
        if (activityDuration != null && !isDuration(activityDuration)) {
            return "Property 'activity_duration_after_publishing' should be an ISO-8601 duration such as P24D";
        }
        return null;
    }

    private static String daysProblem(List<Integer> days, String property) {
        if (days == null) {
            return null;
        }
        for (Integer day : days) {
            if (day == null || day < 0 || day > 6) {
                return "Property '" + property + "' should hold days 0 (Sunday) to 6 (Saturday)";
            }
        }
        return null;
    }

    static boolean isClock(String value) {
        return value != null && CLOCK.matcher(value).matches();
    }

    /** ISO-8601 duration: date part (P3M, P24D) and/or time part (PT1H). */
    public static boolean isDuration(String value) {
        if (value == null || !value.startsWith("P")) {
            return false;
        }
        int t = value.indexOf('T');
        try {
            if (t < 0) {
                Period.parse(value);
            } else {
                String datePart = value.substring(0, t);
                if (!datePart.equals("P")) {
                    Period.parse(datePart);
                }
                Duration.parse("P" + value.substring(t));
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
