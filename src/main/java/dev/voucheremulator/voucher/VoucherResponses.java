package dev.voucheremulator.voucher;

import dev.voucheremulator.category.CategoryResponse;
import dev.voucheremulator.category.CategoryService;
import dev.voucheremulator.validationrule.ValidationRuleService;
import dev.voucheremulator.validationrule.ValidationRulesAssignmentList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Vouchers as the API shows them: with their category and their own and inherited validation rules. */
@Component
class VoucherResponses {

    private final CategoryService categories;
    private final ValidationRuleService validationRules;

    VoucherResponses(CategoryService categories, ValidationRuleService validationRules) {
        this.categories = categories;
        this.validationRules = validationRules;
    }

    /** One voucher: its rule assignments in one query, its category (when it has one) in another. */
    VoucherResponse of(Voucher v) {
        return VoucherResponse.from(v, category(v.projectId(), v.categoryId()), rulesOf(v));
    }

    /** Several vouchers of a project, by id: categories and rule assignments read once for all. */
    Map<String, VoucherResponse> of(String projectId, Collection<Voucher> vouchers) {
        Map<String, CategoryResponse> categoryById = categories.byIds(projectId, vouchers.stream()
                .map(Voucher::categoryId).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<String, ValidationRulesAssignmentList> own = validationRules.assignmentsOf(projectId, "voucher",
                vouchers.stream().map(Voucher::id).toList());
        Map<String, ValidationRulesAssignmentList> inherited = validationRules.assignmentsOf(projectId, "campaign",
                vouchers.stream().map(Voucher::campaignId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return vouchers.stream().collect(Collectors.toMap(Voucher::id, v -> VoucherResponse.from(v,
                v.categoryId() == null ? null : categoryById.get(v.categoryId()),
                own.get(v.id()).plus(v.campaignId() == null ? null : inherited.get(v.campaignId()))),
                (a, b) -> a, LinkedHashMap::new));
    }

    /** What new vouchers of a campaign show: no rules of their own yet, the campaign's inherited. */
    ValidationRulesAssignmentList inheritedRules(String projectId, String campaignId) {
        return campaignId == null ? ValidationRulesAssignmentList.EMPTY
                : validationRules.assignmentsOf(projectId, "campaign", campaignId);
    }

    // A voucher shows its own rules, then the ones it inherits from its campaign.
    ValidationRulesAssignmentList rulesOf(Voucher voucher) {
        return validationRules.assignmentsWithInherited(voucher.projectId(), "voucher", voucher.id(), "campaign",
                voucher.campaignId());
    }

    CategoryResponse category(String projectId, String categoryId) {
        return categoryId == null ? null : categories.byIds(projectId, Set.of(categoryId)).get(categoryId);
    }
}
