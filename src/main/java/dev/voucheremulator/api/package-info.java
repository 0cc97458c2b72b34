/**
 * HTTP conventions every feature shares: authentication and projects, the Voucherify error body,
 * ids, JSON, paging, query parsing, time, the embedded database and the exchange recorder.
 * An open module: every feature may use all of it; it depends on no feature.
 */
@ApplicationModule(displayName = "API conventions", type = ApplicationModule.Type.OPEN)
package dev.voucheremulator.api;

import org.springframework.modulith.ApplicationModule;
