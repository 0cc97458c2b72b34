package dev.voucheremulator.validationrule;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code validation_rules_assignments} of a campaign, voucher or promotion tier, and the page of
 * the assignment list endpoints. Always the full list shape, also where an official example shows
 * a bare array.
 */
public record ValidationRulesAssignmentList(String object, String dataRef, List<AssignmentResponse> data,
                                            int total) {

    public static final ValidationRulesAssignmentList EMPTY =
            new ValidationRulesAssignmentList("list", "data", List.of(), 0);

    public static ValidationRulesAssignmentList of(List<AssignmentResponse> assignments) {
        return of(assignments, assignments.size());
    }

    static ValidationRulesAssignmentList of(List<AssignmentResponse> page, long total) {
        return new ValidationRulesAssignmentList("list", "data", List.copyOf(page), Math.toIntExact(total));
    }

    /** This list followed by {@code more}, e.g. a voucher's own assignments and its campaign's. */
    public ValidationRulesAssignmentList plus(ValidationRulesAssignmentList more) {
        if (more == null || more.data().isEmpty()) {
            return this;
        }
        if (data.isEmpty()) {
            return more;
        }
        List<AssignmentResponse> all = new ArrayList<>(data);
        all.addAll(more.data());
        return of(all);
    }
}
