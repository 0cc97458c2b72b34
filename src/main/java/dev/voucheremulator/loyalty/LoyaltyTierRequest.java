package dev.voucheremulator.loyalty;

import java.util.Map;

/** One tier of {@code LoyaltiesTiersCreateInBulkRequestBody}. */
record LoyaltyTierRequest(String name, Map<String, MappingPoints> earningRules, Map<String, MappingPoints> rewards,
                          PointsRange points, Map<String, Object> metadata) {

    record PointsRange(Long from, Long to) {
    }
}
