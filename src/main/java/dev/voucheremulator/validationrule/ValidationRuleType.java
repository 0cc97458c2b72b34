package dev.voucheremulator.validationrule;

/** A validation rule's {@code type}; {@code expression} when none is sent. */
public enum ValidationRuleType {
    expression, basic, advanced, complex
}
