package dev.voucheremulator.customer;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The spec's customer {@code address}; stored as one jsonb value. */
public record Address(String city, String state, @JsonProperty("line_1") String line1,
               @JsonProperty("line_2") String line2, String country, String postalCode) {
}
