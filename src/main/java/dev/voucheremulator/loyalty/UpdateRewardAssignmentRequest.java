package dev.voucheremulator.loyalty;

/**
 * {@code LoyaltiesRewardsUpdateAssignmentRequestBody}: the reward's new price in points. Without
 * {@code parameters.loyalty.points} the price stays as it was.
 */
record UpdateRewardAssignmentRequest(CreateRewardAssignmentRequest.Parameters parameters) {

    boolean changesPrice() {
        return parameters != null && parameters.loyalty() != null && parameters.loyalty().points() != null;
    }

    /** The new price; null when it is not a whole number. */
    Long points() {
        return new CreateRewardAssignmentRequest(null, parameters).points();
    }
}
