package dev.voucheremulator.validationrule;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * POST /v1/validation-rules/{validationRuleId}/assignments: unlike {@link ValidationRuleService#assign},
 * the related object comes from the client, so a campaign, voucher or promotion tier must exist
 * (asked of the feature that owns it through its {@link AssignmentTarget}) and is stored under its
 * id, also when named by name or code.
 */
@Service
@Transactional(readOnly = true)
class ValidationRuleAssignmentService {

    private final ValidationRuleService rules;
    private final Map<String, AssignmentTarget> targets;

    ValidationRuleAssignmentService(ValidationRuleService rules, List<AssignmentTarget> targets) {
        this.rules = rules;
        this.targets = targets.stream()
                .collect(Collectors.toUnmodifiableMap(AssignmentTarget::relatedObjectType, Function.identity()));
    }

    @Transactional
    AssignmentResponse create(String projectId, String ruleId, CreateAssignmentRequest body, boolean force) {
        rules.get(projectId, ruleId); // an unknown rule is the first thing to report
        RelatedObjectType type = body.relatedObjectType() == null ? RelatedObjectType.voucher
                : body.relatedObjectType();
        AssignmentTarget target = targets.get(type.name());
        // earning rules, distributions and reward assignments are taken by id (not emulated as owners)
        String relatedObjectId = target == null ? body.relatedObjectId()
                : target.resolveId(projectId, body.relatedObjectId());
        return rules.assign(projectId, ruleId, type.name(), relatedObjectId, force);
    }
}
