package dev.voucheremulator.customer;

import java.util.List;
import java.util.Map;

/** The spec's {@code CustomersMetadataUpdateInBulkRequestBody}. */
record MetadataUpdateRequest(List<String> sourceIds, Map<String, Object> metadata) {
}
