/**
 * The server-rendered dashboard under /dashboard and its JSON series endpoint. Reads through other
 * features' services only; exposes nothing.
 */
@ApplicationModule(displayName = "Dashboard")
package dev.voucheremulator.dashboard;

import org.springframework.modulith.ApplicationModule;
