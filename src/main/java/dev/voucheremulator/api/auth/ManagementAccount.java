package dev.voucheremulator.api.auth;

/**
 * The account a {@code /management/v1} request acts for: its {@code X-Management-Id}. Projects created
 * through the Management API belong to it. Controllers receive it as a method parameter.
 */
public record ManagementAccount(String id) {
}
