package dev.voucheremulator.emulator.clock;

/** {@code frozen_time}: ISO-8601 date-time (or date); absent = freeze at the project's current time. */
record SetClockRequest(String frozenTime) {
}
