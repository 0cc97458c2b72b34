package dev.voucheremulator.category;

import java.time.Instant;

/** Voucherify's {@code Category}. */
public record CategoryResponse(String id, String name, int hierarchy, Instant createdAt, Instant updatedAt,
                               String object) {

    static CategoryResponse from(Category c) {
        return new CategoryResponse(c.id(), c.name(), c.hierarchy(), c.createdAt(), c.updatedAt(), "category");
    }
}
