package dev.voucheremulator.product;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/** The spec's {@code ProductsMetadataUpdateInBulkRequestBody}: merge {@code metadata} into each product named. */
record ProductsMetadataRequest(@NotEmpty List<@NotNull String> sourceIds, @NotNull Map<String, Object> metadata) {
}
