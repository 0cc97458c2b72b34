/**
 * Asynchronous actions: what every 202 answer names (bulk voucher generation, campaign deletion,
 * imports, bulk and metadata updates). The emulator does the work before it answers, so an action is
 * recorded as done with its result. Exposes {@link dev.voucheremulator.asyncaction.AsyncActionService}.
 */
@ApplicationModule(displayName = "Async actions")
package dev.voucheremulator.asyncaction;

import org.springframework.modulith.ApplicationModule;
