package dev.voucheremulator.loyalty;

import java.time.Instant;
import java.util.Map;

/** The spec's {@code MemberActivity}: something that happened to a loyalty card and its holder. */
record MemberActivityResponse(String id, String type, Map<String, Object> data, Instant createdAt) {
}
