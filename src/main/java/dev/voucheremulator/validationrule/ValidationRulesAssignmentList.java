package dev.voucheremulator.validationrule;

import java.util.List;

/**
 * {@code validation_rules_assignments} of a campaign, voucher or promotion tier. Always the full list
 * shape, also where an official example shows a bare array.
 */
public record ValidationRulesAssignmentList(String object, String dataRef, List<Object> data, int total) {

    public static final ValidationRulesAssignmentList EMPTY =
            new ValidationRulesAssignmentList("list", "data", List.of(), 0);
}
