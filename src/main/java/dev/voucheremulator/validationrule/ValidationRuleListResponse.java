package dev.voucheremulator.validationrule;

import java.util.List;

/** {@code ValidationRulesListResponseBody}. */
record ValidationRuleListResponse(String object, String dataRef, List<ValidationRuleResponse> data, long total) {

    static ValidationRuleListResponse of(List<ValidationRuleResponse> rules, long total) {
        return new ValidationRuleListResponse("list", "data", rules, total);
    }
}
