package dev.voucheremulator.category;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Body of POST and PUT /v1/categories[/{categoryId}]. The spec marks nothing required; like the
 * real API we require both fields, also on update.
 */
record CategoryRequest(@NotBlank String name, @NotNull @PositiveOrZero Integer hierarchy) {
}
