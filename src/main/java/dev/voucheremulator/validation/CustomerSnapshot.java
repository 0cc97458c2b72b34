package dev.voucheremulator.validation;

import java.util.Map;

/** Voucherify's {@code SimpleCustomer}, as a redemption stores and echoes it. */
public record CustomerSnapshot(String id, String name, String email, String sourceId,
                               Map<String, Object> metadata, String object) {
}
