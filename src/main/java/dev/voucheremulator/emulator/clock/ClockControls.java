package dev.voucheremulator.emulator.clock;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.time.ProjectClockAdvanced;
import dev.voucheremulator.api.time.ProjectClocks;
import dev.voucheremulator.api.time.ProjectTime;
import dev.voucheremulator.api.time.Timestamps;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Moves projects' test clocks. Moving one forward publishes {@link ProjectClockAdvanced} inside the
 * project's time scope and waits for its listeners, so what fell due has run when the call answers.
 */
@Service
class ClockControls {

    /** Real app ids are 36 characters; projects are stored under at most this many. */
    private static final int MAX_PROJECT = 255;

    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

    private final ProjectClocks clocks;
    private final ApplicationEventPublisher events;

    ClockControls(ProjectClocks clocks, ApplicationEventPublisher events) {
        this.clocks = clocks;
        this.events = events;
    }

    ProjectClockResponse get(String project) {
        checked(project);
        return current(project);
    }

    ProjectClockResponse set(String project, SetClockRequest body) {
        checked(project);
        Instant from = clocks.now(project);
        Instant to = body == null || body.frozenTime() == null ? from : instant("frozen_time", body.frozenTime());
        return moveTo(project, from, to, "frozen_time");
    }

    ProjectClockResponse advance(String project, AdvanceClockRequest body) {
        checked(project);
        if (body == null || (body.to() == null) == (body.by() == null)) {
            throw ApiException.invalidPayload("Payload should have exactly one of the properties 'to' and 'by'");
        }
        Instant from = clocks.now(project);
        Instant to = body.to() != null ? instant("to", body.to()) : plus(from, body.by());
        if (to.isBefore(from.truncatedTo(ChronoUnit.MILLIS))) {
            throw backwards(project, "to", to, from);
        }
        return moveTo(project, from, to, "to");
    }

    void release(String project) {
        checked(project);
        clocks.release(project);
    }

    private ProjectClockResponse moveTo(String project, Instant from, Instant to, String property) {
        if (to.isBefore(Instant.EPOCH) || to.isAfter(LATEST)) {
            throw ApiException.invalidPayload("Property '" + property + "' should be between 1970 and 9999");
        }
        if (!clocks.freeze(project, to)) {
            throw backwards(project, property, to, clocks.now(project));
        }
        Instant now = clocks.now(project);
        if (now.isAfter(from)) {
            ProjectTime.runAs(project, () -> events.publishEvent(new ProjectClockAdvanced(project, from, now)));
        }
        return current(project);
    }

    private ProjectClockResponse current(String project) {
        return ProjectClockResponse.of(project, clocks.frozenTime(project).orElse(null), clocks.wallTime());
    }

    private static ApiException backwards(String project, String property, Instant to, Instant now) {
        return ApiException.badRequest("invalid_payload", "Invalid payload", "Property '" + property + "' ("
                + to + ") is before the time of project " + project + " (" + now
                + "): a clock only moves forward; DELETE it to return to wall time");
    }

    private static Instant instant(String property, String text) {
        try {
            return Timestamps.parse(text);
        } catch (DateTimeException e) {
            throw ApiException.invalidPayload("Property '" + property
                    + "' should be an ISO-8601 date-time (2025-01-01T00:00:00Z) or date");
        }
    }

    // A duration of days and times (PT90M, P3DT4H) or of calendar units (P1M, P1Y2M10D), added in UTC.
    private static Instant plus(Instant from, String by) {
        try {
            Duration duration = Duration.parse(by);
            if (duration.isNegative()) {
                throw ApiException.invalidPayload("Property 'by' should not be negative: a clock only moves forward");
            }
            return from.plus(duration);
        } catch (DateTimeException notDuration) {
            try {
                Period period = Period.parse(by);
                if (period.isNegative()) {
                    throw ApiException.invalidPayload("Property 'by' should not be negative: a clock only moves forward");
                }
                return from.atOffset(ZoneOffset.UTC).plus(period).toInstant();
            } catch (DateTimeException | ArithmeticException e) {
                throw ApiException.invalidPayload("Property 'by' should be an ISO-8601 duration (PT90M, P30D, P1M)");
            }
        } catch (ArithmeticException e) {
            throw ApiException.invalidPayload("Property 'by' should be an ISO-8601 duration (PT90M, P30D, P1M)");
        }
    }

    private static void checked(String project) {
        if (project.isBlank() || project.length() > MAX_PROJECT) {
            throw ApiException.badRequest("invalid_params", "Invalid params",
                    "The project should be the X-App-Id of 1 to " + MAX_PROJECT + " characters");
        }
    }
}
