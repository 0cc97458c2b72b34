package dev.voucheremulator.customer;

import java.time.Instant;
import java.util.Map;

/**
 * Published (in the request's transaction) when POST /v1/events records a custom event: what loyalty
 * earning rules and referral conversions based on a custom event listen to. {@code loyaltyCode} and
 * {@code referralCode} are the request's {@code loyalty.code} and {@code referral.code}, when sent.
 */
public record CustomEventTracked(String projectId, String customerId, String event, Map<String, Object> metadata,
                                 String loyaltyCode, String referralCode, String referrerId, Instant at) {
}
