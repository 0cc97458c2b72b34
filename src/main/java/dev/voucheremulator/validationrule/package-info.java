/**
 * /v1/validation-rules and their assignments, and the judging of a rule's conditions against what a
 * request says ({@link ValidationRuleChecks}). Features assign rules and show assignments through
 * {@link ValidationRuleService}; they name their resources through the {@link AssignmentTarget} port.
 */
@ApplicationModule(displayName = "Validation rules")
package dev.voucheremulator.validationrule;

import org.springframework.modulith.ApplicationModule;
