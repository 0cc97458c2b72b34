package dev.voucheremulator.loyalty;

/**
 * An item of {@code LoyaltiesMembersTransfersCreateRequestBody} ({@code LoyaltiesTransferPoints}): the
 * card to take {@code points} from, and why.
 */
record TransferPointsRequest(String code, Long points, String reason, String sourceId) {
}
