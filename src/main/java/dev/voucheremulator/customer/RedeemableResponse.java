package dev.voucheremulator.customer;

import java.time.Instant;

/** The spec's {@code CustomerRedeemable}: a code published to the customer. */
record RedeemableResponse(String id, Instant createdAt, String redeemableId, String redeemableObject,
                          String customerId, String holderRole, String campaignId, String campaignType,
                          String voucherType) {
}
