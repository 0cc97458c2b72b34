package dev.voucheremulator.customer;

import java.time.LocalDate;
import java.util.Map;

/** The spec's {@code CustomerBase} plus {@code source_id}: the body of create, update and bulk update. */
public record CustomerRequest(String sourceId, String name, String description, String email, String phone,
                       LocalDate birthday, LocalDate birthdate, Address address,
                       Map<String, Object> metadata) {
}
