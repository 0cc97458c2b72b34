package dev.voucheremulator.customer;

import dev.voucheremulator.api.json.Patch;
import java.time.LocalDate;
import java.util.Map;

/**
 * The spec's {@code CustomerBase} plus {@code source_id}: the body of create, update and bulk update.
 * Every field but the source_id is tri-state: absent leaves it, null clears it, a value sets it.
 */
public record CustomerRequest(String sourceId, Patch<String> name, Patch<String> description, Patch<String> email,
                       Patch<String> phone, Patch<LocalDate> birthday, Patch<LocalDate> birthdate,
                       Patch<Address> address, Patch<Map<String, Object>> metadata) {

    /** A request built here (CSV row, a customer named elsewhere): a null value leaves that field. */
    static CustomerRequest of(String sourceId, String name, String description, String email, String phone,
                              LocalDate birthday, LocalDate birthdate, Address address,
                              Map<String, Object> metadata) {
        return new CustomerRequest(sourceId, sent(name), sent(description), sent(email), sent(phone), sent(birthday),
                sent(birthdate), sent(address), sent(metadata));
    }

    static CustomerRequest empty(String sourceId) {
        return of(sourceId, null, null, null, null, null, null, null, null);
    }

    CustomerRequest withoutSourceId() {
        return new CustomerRequest(null, name, description, email, phone, birthday, birthdate, address, metadata);
    }

    private static <T> Patch<T> sent(T value) {
        return value == null ? Patch.absent() : Patch.of(value);
    }
}
