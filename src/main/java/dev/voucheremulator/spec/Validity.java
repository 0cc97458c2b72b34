package dev.voucheremulator.spec;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.threeten.extra.PeriodDuration;

/**
 * When a campaign, a promotion tier or a voucher may be used: its dates and its recurring windows,
 * each null when unrestricted. Embedded in each owner over its own columns, and unwrapped into the
 * flat fields of every body that carries it ({@code @JsonUnwrapped}).
 */
@Embeddable
public record Validity(Instant startDate,
                       Instant expirationDate,
                       @JdbcTypeCode(SqlTypes.JSON) ValidityTimeframe validityTimeframe,
                       @JdbcTypeCode(SqlTypes.JSON) List<Integer> validityDayOfWeek,
                       @JdbcTypeCode(SqlTypes.JSON) ValidityHours validityHours) {

    public static final Validity NONE = new Validity(null, null, null, null, null);

    private static final Pattern CLOCK = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?");

    public static Validity between(Instant startDate, Instant expirationDate) {
        return new Validity(startDate, expirationDate, null, null, null);
    }

    /** Each part that is set here, else {@code fallback}'s: a partial update, or overrides of a definition. */
    public Validity orElse(Validity fallback) {
        if (fallback == null) {
            return this;
        }
        return new Validity(or(startDate, fallback.startDate), or(expirationDate, fallback.expirationDate),
                or(validityTimeframe, fallback.validityTimeframe), or(validityDayOfWeek, fallback.validityDayOfWeek),
                or(validityHours, fallback.validityHours));
    }

    /** The first thing wrong with these settings as a request sent them, or null. */
    public String problem() {
        if (startDate != null && expirationDate != null && !expirationDate.isAfter(startDate)) {
            return "Property 'expiration_date' should be after 'start_date'";
        }
        if (validityTimeframe != null) {
            if (!isDuration(validityTimeframe.interval()) || !isDuration(validityTimeframe.duration())) {
                return "Property 'validity_timeframe' should hold ISO-8601 durations in 'interval' and 'duration'";
            }
            if (startDate == null) {
                return "Property 'start_date' is required when 'validity_timeframe' is set";
            }
        }
        String days = daysProblem(validityDayOfWeek, "validity_day_of_week");
        if (days != null) {
            return days;
        }
        if (validityHours != null && validityHours.daily() != null) {
            for (ValidityHours.Daily daily : validityHours.daily()) {
                if (daily == null || !isClock(daily.startTime()) || !isClock(daily.expirationTime())) {
                    return "Property 'validity_hours.daily' needs start_time and expiration_time as HH:mm";
                }
                String dailyDays = daysProblem(daily.daysOfWeek(), "validity_hours.daily.days_of_week");
                if (dailyDays != null) {
                    return dailyDays;
                }
            }
        }
        return null;
    }

    /** {@link #problem()}, then a campaign's {@code activity_duration_after_publishing}. */
    public String problem(String activityDurationAfterPublishing) {
        String problem = problem();
        if (problem == null && activityDurationAfterPublishing != null && !isDuration(activityDurationAfterPublishing)) {
            return "Property 'activity_duration_after_publishing' should be an ISO-8601 duration such as P24D";
        }
        return problem;
    }

    /**
     * An ISO-8601 duration with a date part (P3M, P24D) and/or a time part (PT1H); empty when the
     * text is not one. The P and T designators must be upper case: that is what was always accepted
     * here, and PeriodDuration alone would also take a lower-case t.
     */
    public static Optional<PeriodDuration> duration(String text) {
        if (text == null || !text.startsWith("P") || text.indexOf('t') >= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(PeriodDuration.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static boolean isDuration(String text) {
        return duration(text).isPresent();
    }

    static boolean isClock(String value) {
        return value != null && CLOCK.matcher(value).matches();
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

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
