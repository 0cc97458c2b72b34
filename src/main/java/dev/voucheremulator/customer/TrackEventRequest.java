package dev.voucheremulator.customer;

import java.util.Map;

/** The spec's {@code EventsCreateRequestBody}. */
record TrackEventRequest(String event, CustomerRef customer, Referral referral, Loyalty loyalty,
                         Map<String, Object> metadata) {

    record Referral(String code, String referrerId) {
    }

    record Loyalty(String code) {
    }
}
