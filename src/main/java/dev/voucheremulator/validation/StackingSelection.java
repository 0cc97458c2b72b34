package dev.voucheremulator.validation;

import dev.voucheremulator.validation.Candidate.Skip;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of the redeemables that passed their own checks a project's stacking rules let apply, in
 * application order: first the exclusive ones (within the exclusive limits), which leave out every other
 * redeemable but joint ones; then the overall limit and the per-category limits. The others are SKIPPED
 * with the documented {@code result.details.key}.
 */
final class StackingSelection {

    static final Skip PRECEDING_VALIDATION_FAILED = new Skip("preceding_validation_failed",
            "Redeemable cannot be applied due to preceding validation failure");
    static final Skip LIMIT_EXCEEDED = new Skip("applicable_redeemables_limit_exceeded",
            "Applicable redeemables limit exceeded");
    static final Skip PER_CATEGORY_LIMIT_EXCEEDED = new Skip("applicable_redeemables_per_category_limit_exceeded",
            "Applicable redeemables per category limit exceeded");
    static final Skip EXCLUSIVE_LIMIT_EXCEEDED = new Skip("applicable_exclusive_redeemables_limit_exceeded",
            "Applicable exclusive redeemables limit exceeded");
    static final Skip EXCLUSIVE_PER_CATEGORY_LIMIT_EXCEEDED = new Skip(
            "applicable_exclusive_redeemables_per_category_limit_exceeded",
            "Applicable exclusive redeemables per category limit exceeded");
    static final Skip EXCLUSION_RULES_NOT_MET = new Skip("exclusion_rules_not_met", "Exclusion rules not met");

    private StackingSelection() {
    }

    /** The order redeemables are applied in: as requested, or by their categories' hierarchy (stable). */
    static List<Candidate> applicationOrder(StackingRules rules, List<Candidate> requested) {
        if (!rules.byCategoryHierarchy()) {
            return requested;
        }
        return requested.stream().sorted(Comparator.comparingInt(Candidate::hierarchy)).toList();
    }

    static void select(StackingRules rules, List<Candidate> ordered) {
        Set<String> exclusive = Set.copyOf(rules.exclusiveCategories());
        Set<String> joint = Set.copyOf(rules.jointCategories());
        int exclusiveTaken = 0;
        Map<String, Integer> perExclusiveCategory = new HashMap<>();
        for (Candidate c : ordered) {
            List<String> categories = exclusiveOf(c, exclusive);
            if (c.failure != null || categories.isEmpty()) {
                continue;
            }
            if (exclusiveTaken >= rules.applicableExclusiveRedeemablesLimit()) {
                c.skip(EXCLUSIVE_LIMIT_EXCEEDED);
            } else if (categories.stream().anyMatch(id -> perExclusiveCategory.getOrDefault(id, 0)
                    >= rules.applicableExclusiveRedeemablesPerCategoryLimit())) {
                c.skip(EXCLUSIVE_PER_CATEGORY_LIMIT_EXCEEDED);
            } else {
                exclusiveTaken++;
                categories.forEach(id -> perExclusiveCategory.merge(id, 1, Integer::sum));
            }
        }
        int taken = 0;
        Map<String, Integer> perCategory = new HashMap<>();
        for (Candidate c : ordered) {
            if (c.failure != null || c.skipped) {
                continue;
            }
            boolean isExclusive = !exclusiveOf(c, exclusive).isEmpty();
            List<String> limited = c.categoryIds().stream().filter(id -> !exclusive.contains(id)).toList();
            if (exclusiveTaken > 0 && !isExclusive && c.categoryIds().stream().noneMatch(joint::contains)) {
                c.skip(EXCLUSION_RULES_NOT_MET);
            } else if (taken >= rules.applicableRedeemablesLimit()) {
                c.skip(LIMIT_EXCEEDED);
            } else if (limited.stream().anyMatch(id -> perCategory.getOrDefault(id, 0) >= rules.limitOf(id))) {
                c.skip(PER_CATEGORY_LIMIT_EXCEEDED);
            } else {
                taken++;
                limited.forEach(id -> perCategory.merge(id, 1, Integer::sum));
            }
        }
    }

    private static List<String> exclusiveOf(Candidate c, Set<String> exclusive) {
        return c.categoryIds().stream().filter(exclusive::contains).toList();
    }
}
