/**
 * Schema-shaped values shared by campaigns, vouchers and promotion tiers (discount, gift, loyalty
 * card, code config, validity windows). They are request and response bodies and jsonb column
 * values at once, so a round trip is exact.
 */
package dev.voucheremulator.spec;
