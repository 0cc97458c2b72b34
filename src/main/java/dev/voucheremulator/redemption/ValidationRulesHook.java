package dev.voucheremulator.redemption;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where the validation rules assigned to a campaign, voucher or promotion tier are evaluated
 * (customer_rules_violated, order_rules_violated, ...). The rules feature is not part of this build
 * yet, so no redeemable has rules and nothing is refused here.
 */
@Component
class ValidationRulesHook {

    Optional<Failure> check(String projectId, Candidate candidate, StackableRequest request,
                            CustomerSnapshot customer) {
        return Optional.empty();
    }
}
