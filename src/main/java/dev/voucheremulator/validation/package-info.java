/**
 * POST /v1/validations, POST /v1/qualifications and the checks a redemption shares with them: which redeemables a request
 * names, whether each may be used now, and what the applicable ones take off the order. It exposes
 * the request body, the checks and their outcome ({@link Stack}, {@link Candidate}, {@link Failure}).
 */
@ApplicationModule(displayName = "Validation")
package dev.voucheremulator.validation;

import org.springframework.modulith.ApplicationModule;
