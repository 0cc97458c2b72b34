package dev.voucheremulator.emulator.clock;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A project's clock: {@code now} is the time its requests see; {@code frozen_time} null while it
 * follows wall time. {@code status} is {@code ready} once an advance has run what fell due.
 */
record ProjectClockResponse(String object, String project, String status, boolean frozen,
                            @JsonInclude(JsonInclude.Include.ALWAYS) Instant frozenTime,
                            Instant now, Instant wallTime) {

    static ProjectClockResponse of(String project, Instant frozenTime, Instant wallTime) {
        return new ProjectClockResponse("emulator_clock", project, "ready", frozenTime != null, frozenTime,
                frozenTime == null ? wallTime : frozenTime, wallTime);
    }
}
