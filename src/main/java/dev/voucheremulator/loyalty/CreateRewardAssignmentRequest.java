package dev.voucheremulator.loyalty;

import java.math.BigDecimal;

/**
 * An item of {@code LoyaltiesRewardsCreateAssignmentRequestBody}: a reward and its price in points.
 * The price is read as a number, so 40.0 is the whole number it is.
 */
record CreateRewardAssignmentRequest(String reward, Parameters parameters) {

    record Parameters(Loyalty loyalty) {
    }

    record Loyalty(BigDecimal points) {
    }

    /** The price when it is a whole number; null otherwise. */
    Long points() {
        if (parameters == null || parameters.loyalty() == null || parameters.loyalty().points() == null) {
            return null;
        }
        BigDecimal points = parameters.loyalty().points();
        return points.stripTrailingZeros().scale() <= 0 ? points.longValue() : null;
    }
}
