package dev.voucheremulator.validation;

import dev.voucheremulator.validation.StackableRequest.CustomerRequest;
import java.util.function.Supplier;

/**
 * The customer a validation or redemption names, looked up (found or created) only when a check needs
 * it. Most requests need it only at the end, where {@link RequestCustomers#settle} finds or creates
 * the customer and records the request in its activity in one statement.
 */
public final class LazyCustomer implements Supplier<CustomerSnapshot> {

    private final CustomerRequest request;
    private final Supplier<CustomerSnapshot> resolver;
    private boolean resolved;
    private CustomerSnapshot value;

    LazyCustomer(CustomerRequest request, Supplier<CustomerSnapshot> resolver) {
        this.request = request;
        this.resolver = resolver;
    }

    /** The customer, looked up on the first call; null when the request names none. */
    @Override
    public CustomerSnapshot get() {
        if (!resolved) {
            value = resolver.get();
            resolved = true;
        }
        return value;
    }

    CustomerRequest request() {
        return request;
    }

    boolean resolved() {
        return resolved;
    }

    void settled(CustomerSnapshot customer) {
        value = customer;
        resolved = true;
    }
}
