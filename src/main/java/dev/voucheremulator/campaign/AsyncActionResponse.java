package dev.voucheremulator.campaign;

/**
 * Voucherify answers campaign deletion and bulk voucher generation with an async action. The
 * emulator has already done the work when it answers; the id is there for clients that store it.
 */
public record AsyncActionResponse(String asyncActionId) {
}
