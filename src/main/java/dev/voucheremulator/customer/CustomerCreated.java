package dev.voucheremulator.customer;

import java.util.function.Supplier;

/**
 * Published in the transaction that creates a customer: by POST /v1/customers or an import, or because a
 * publication, validation or redemption named one not seen before. {@code customer} builds it as the API
 * shows it, on demand; call it before the transaction ends.
 */
public record CustomerCreated(String projectId, String customerId, Supplier<CustomerResponse> customer) {
}
