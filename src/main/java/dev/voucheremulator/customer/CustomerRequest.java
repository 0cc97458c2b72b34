package dev.voucheremulator.customer;

import java.util.Map;

/** The spec's {@code CustomerBase} plus {@code source_id}: the body of create, update and bulk update. */
record CustomerRequest(String sourceId, String name, String description, String email, String phone,
                       String birthday, String birthdate, Map<String, Object> address,
                       Map<String, Object> metadata) {
}
