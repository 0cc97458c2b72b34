/**
 * Customers named by publications, validations and redemptions (by id, source_id or email), upserted
 * and kept with their summary figures. Exposes {@link dev.voucheremulator.customer.CustomerService}.
 */
@ApplicationModule(displayName = "Customers")
package dev.voucheremulator.customer;

import org.springframework.modulith.ApplicationModule;
