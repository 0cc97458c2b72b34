/**
 * Projects: one per X-App-Id, created on first use, or through the Management API with issued app keys.
 * Implements the {@link dev.voucheremulator.api.auth.ProjectDirectory} port of the shared api module.
 */
@ApplicationModule(displayName = "Projects")
package dev.voucheremulator.project;

import org.springframework.modulith.ApplicationModule;
