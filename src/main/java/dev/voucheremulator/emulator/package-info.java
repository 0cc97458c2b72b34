/**
 * Emulator controls for test suites under {@code /_emulator}: reset, fixtures, export and import,
 * named snapshots and seeds. Not part of the Voucherify contract; never journaled, throttled or
 * turned into a webhook. Loads fixtures through the public services the API uses.
 */
@ApplicationModule(displayName = "Emulator controls")
package dev.voucheremulator.emulator;

import org.springframework.modulith.ApplicationModule;
