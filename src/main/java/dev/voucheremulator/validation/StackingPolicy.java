package dev.voucheremulator.validation;

/**
 * Where validations and redemptions read a project's stacking rules; the Management API, which stores
 * them, implements it. Called on every validation and redemption: implementations answer from memory
 * most of the time.
 */
public interface StackingPolicy {

    /** The rules of the project whose /v1 data lives under {@code projectId}; the defaults when it has none. */
    StackingRules rulesOf(String projectId);
}
