package dev.voucheremulator.validationrule;

import dev.voucheremulator.api.cache.ProjectChanges;
import dev.voucheremulator.api.cache.ReadCache;
import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.ids.ResourceIds;
import dev.voucheremulator.api.json.Patch;
import dev.voucheremulator.api.query.ListEnvelope;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Validation rules and their assignments. Other features attach rules to what they own through
 * {@link #assign} and show them with {@link #assignmentsOf}; whether the related object exists is
 * theirs to know, so nothing here looks it up.
 */
@Service
@Transactional(readOnly = true)
public class ValidationRuleService {

    // Embedded assignment lists read oldest first.
    private static final Sort OLDEST_FIRST = Sort.by(ValidationRuleAssignment_.CREATED_AT,
            ValidationRuleAssignment_.SEQ);

    private final ValidationRuleRepository rules;
    private final ValidationRuleAssignmentRepository assignments;
    private final Clock clock;
    // What every validation reads for its voucher and campaign
    private final ReadCache<List<String>, ValidationRulesAssignmentList> inherited;

    ValidationRuleService(ValidationRuleRepository rules, ValidationRuleAssignmentRepository assignments,
                          Clock clock, ProjectChanges changes) {
        this.inherited = changes.readingCache(ProjectChanges.Scope.CATALOG, 10_000);
        this.rules = rules;
        this.assignments = assignments;
        this.clock = clock;
    }

    @Transactional
    ValidationRuleResponse create(String projectId, ValidationRuleRequest body) {
        requireValid(ApplicableToItems.problem(body.applicableTo()));
        requireFreeName(projectId, body.name(), null);
        ValidationRule rule = new ValidationRule(ResourceIds.validationRule(), projectId, body.name(), now());
        rule.define(body.rules(), body.bundleRules(), body.error(), body.applicableTo(),
                body.type() == null ? ValidationRuleType.expression : body.type(), contextType(body.contextType()));
        // flushed here, so a lost race on validation_rule_name_uq is a 409 and not a failed commit
        rules.saveAndFlush(rule);
        return ValidationRuleResponse.from(rule, 0);
    }

    public ValidationRuleResponse get(String projectId, String ruleId) {
        ValidationRule rule = find(projectId, ruleId);
        return ValidationRuleResponse.from(rule, assignments.countByRuleId(rule.id()));
    }

    /** The rule as GET /v1/validation-rules/{id} answers it, empty when there is none. */
    public Optional<ValidationRuleResponse> findRule(String projectId, String ruleId) {
        return rules.findByProjectIdAndId(projectId, ruleId)
                .map(rule -> ValidationRuleResponse.from(rule, assignments.countByRuleId(rule.id())));
    }

    ListEnvelope<ValidationRuleResponse> list(String projectId, ValidationRuleListQuery query) {
        Page<ValidationRule> page = rules.findAll(query.specification(projectId), query.pageable());
        Map<String, Long> counts = counts(page.map(ValidationRule::id).getContent());
        return ListEnvelope.of("data", page.getContent().stream()
                .map(r -> ValidationRuleResponse.from(r, counts.getOrDefault(r.id(), 0L)))
                .toList(), page.getTotalElements());
    }

    @Transactional
    ValidationRuleResponse update(String projectId, String ruleId, UpdateValidationRuleRequest body) {
        ValidationRule rule = find(projectId, ruleId);
        requireValid(ApplicableToItems.problem(body.applicableTo().value()));
        if (body.name().hasValue()) {
            if (body.name().value().isBlank()) {
                throw ApiException.invalidPayload("Property 'name' should not be empty");
            }
            requireFreeName(projectId, body.name().value(), rule.id());
            rule.rename(body.name().value());
        }
        rule.define(firstNonNull(body.rules().value(), rule.rules()),
                bundleRules(body.bundleRules(), rule.bundleRules()),
                body.error().orElse(rule.error()), body.applicableTo().orElse(rule.applicableTo()),
                firstNonNull(body.type().value(), rule.type()),
                body.contextType().hasValue() ? contextType(body.contextType().value()) : rule.contextType());
        rule.touched(now());
        rules.saveAndFlush(rule);
        return ValidationRuleResponse.from(rule, assignments.countByRuleId(rule.id()));
    }

    /** The rule and all its assignments. */
    @Transactional
    void delete(String projectId, String ruleId) {
        ValidationRule rule = find(projectId, ruleId);
        assignments.deleteAllOfRule(rule.id());
        rules.delete(rule);
        rules.flush();
    }

    /**
     * A new rule with the same definition and a free name derived from the original's
     * ({@code "<name> (copy)"}, then {@code "<name> (copy 2)"}, ...). Assignments are not copied.
     */
    @Transactional
    public ValidationRuleResponse copy(String projectId, String ruleId) {
        ValidationRule source = find(projectId, ruleId);
        ValidationRule copy = new ValidationRule(ResourceIds.validationRule(), projectId, copyName(source), now());
        copy.define(source.rules().deepCopy(), source.bundleRules() == null ? null : source.bundleRules().deepCopy(),
                source.error(), source.applicableTo(), source.type(), source.contextType());
        rules.saveAndFlush(copy);
        return ValidationRuleResponse.from(copy, 0);
    }

    /**
     * Assigns the rule (404 {@code validation_rules} when unknown) to an object the caller vouches
     * for; 409 when it is assigned to that object already.
     */
    @Transactional
    public AssignmentResponse assign(String projectId, String ruleId, String relatedObjectType,
                                     String relatedObjectId) {
        return assign(projectId, ruleId, relatedObjectType, relatedObjectId, false);
    }

    /** {@code force} replaces an existing assignment of the rule to the same object. */
    @Transactional
    AssignmentResponse assign(String projectId, String ruleId, String relatedObjectType, String relatedObjectId,
                              boolean force) {
        ValidationRule rule = find(projectId, ruleId);
        RelatedObjectType type = RelatedObjectType.of(relatedObjectType);
        Optional<ValidationRuleAssignment> existing =
                assignments.findByRuleIdAndRelatedObjectId(rule.id(), relatedObjectId);
        if (existing.isPresent()) {
            if (!force) {
                throw new ApiException(HttpStatus.CONFLICT, "duplicate_found", "Duplicated resource found",
                        "Validation rule " + rule.id() + " is already assigned to " + relatedObjectId,
                        relatedObjectId, "validation_rules_assignment");
            }
            assignments.delete(existing.get());
            assignments.flush();
        }
        ValidationRuleAssignment assignment = new ValidationRuleAssignment(ResourceIds.validationRuleAssignment(),
                projectId, rule.id(), relatedObjectId, type.name(), now());
        // flushed here, so a lost race on validation_rule_assignment_uq is a 409 and not a failed commit
        assignments.saveAndFlush(assignment);
        return AssignmentResponse.from(assignment);
    }

    /** Assignments of one rule; an unknown rule has none (no 404, as in the real API). */
    ValidationRulesAssignmentList assignmentsOfRule(String projectId, String ruleId, AssignmentListQuery query) {
        return page(AssignmentListQuery.of(projectId, null, ruleId), query);
    }

    /** GET /v1/validation-rules-assignments: all of the project's, narrowed by object and rule when given. */
    ValidationRulesAssignmentList assignments(String projectId, String relatedObjectId, String ruleId,
                                              AssignmentListQuery query) {
        return page(AssignmentListQuery.of(projectId, relatedObjectId, ruleId), query);
    }

    public ValidationRulesAssignmentList assignmentsOf(String projectId, String relatedObjectType,
                                                       String relatedObjectId) {
        return assignmentsOf(projectId, relatedObjectType, List.of(relatedObjectId)).get(relatedObjectId);
    }

    /** One list per requested id, {@link ValidationRulesAssignmentList#EMPTY} for those without any. */
    public Map<String, ValidationRulesAssignmentList> assignmentsOf(String projectId, String relatedObjectType,
                                                                    Collection<String> relatedObjectIds) {
        Map<String, ValidationRulesAssignmentList> byId = new HashMap<>();
        relatedObjectIds.forEach(id -> byId.put(id, ValidationRulesAssignmentList.EMPTY));
        if (relatedObjectIds.isEmpty()) {
            return byId;
        }
        assignments.findByProjectIdAndRelatedObjectTypeAndRelatedObjectIdIn(projectId, relatedObjectType,
                        relatedObjectIds, OLDEST_FIRST).stream()
                .collect(Collectors.groupingBy(ValidationRuleAssignment::relatedObjectId, LinkedHashMap::new,
                        Collectors.mapping(AssignmentResponse::from, Collectors.toList())))
                .forEach((id, list) -> byId.put(id, ValidationRulesAssignmentList.of(list)));
        return byId;
    }

    /**
     * An object's own assignments followed by those it inherits from its parent (a voucher's or a
     * tier's campaign), in one query; {@code parentId} may be null.
     */
    @Transactional(propagation = Propagation.SUPPORTS) // a cache hit opens no transaction
    public ValidationRulesAssignmentList assignmentsWithInherited(String projectId, String type, String id,
                                                                  String parentType, String parentId) {
        return inherited.get(projectId, Arrays.asList(type, id, parentType, parentId),
                () -> findWithInherited(projectId, type, id, parentType, parentId));
    }

    private ValidationRulesAssignmentList findWithInherited(String projectId, String type, String id,
                                                            String parentType, String parentId) {
        Specification<ValidationRuleAssignment> inProject = (root, q, cb) -> cb.equal(root.get("projectId"), projectId);
        Specification<ValidationRuleAssignment> own = related(type, id);
        List<ValidationRuleAssignment> found = assignments.findAll(
                inProject.and(parentId == null ? own : own.or(related(parentType, parentId))), OLDEST_FIRST);
        List<AssignmentResponse> ordered = new ArrayList<>();
        found.stream().filter(a -> a.relatedObjectType().equals(type)).map(AssignmentResponse::from)
                .forEach(ordered::add);
        found.stream().filter(a -> !a.relatedObjectType().equals(type)).map(AssignmentResponse::from)
                .forEach(ordered::add);
        return ordered.isEmpty() ? ValidationRulesAssignmentList.EMPTY : ValidationRulesAssignmentList.of(ordered);
    }

    private static Specification<ValidationRuleAssignment> related(String type, String id) {
        return (root, q, cb) -> cb.and(cb.equal(root.get("relatedObjectType"), type),
                cb.equal(root.get("relatedObjectId"), id));
    }

    /** For an object that goes away: every rule assigned to it is unassigned. */
    @Transactional
    public void deleteAssignmentsOf(String projectId, String relatedObjectId) {
        deleteAssignmentsOf(projectId, List.of(relatedObjectId));
    }

    @Transactional
    public void deleteAssignmentsOf(String projectId, Collection<String> relatedObjectIds) {
        if (!relatedObjectIds.isEmpty()) {
            assignments.deleteAllOf(projectId, relatedObjectIds);
        }
    }

    @Transactional
    void deleteAssignment(String projectId, String ruleId, String assignmentId) {
        ValidationRuleAssignment assignment = assignments.findByProjectIdAndIdAndRuleId(projectId, assignmentId, ruleId)
                .orElseThrow(() -> ApiException.notFound("validation_rules_assignment", assignmentId));
        assignments.delete(assignment);
        assignments.flush();
    }

    private ValidationRulesAssignmentList page(Specification<ValidationRuleAssignment> spec,
                                               AssignmentListQuery query) {
        Page<ValidationRuleAssignment> page = assignments.findAll(spec, query.pageable());
        return ValidationRulesAssignmentList.of(page.map(AssignmentResponse::from).getContent(),
                page.getTotalElements());
    }

    private ValidationRule find(String projectId, String ruleId) {
        return rules.findByProjectIdAndId(projectId, ruleId)
                .orElseThrow(() -> ApiException.notFound("validation_rules", ruleId));
    }

    private Map<String, Long> counts(List<String> ruleIds) {
        if (ruleIds.isEmpty()) {
            return Map.of();
        }
        return assignments.countByRuleIds(ruleIds).stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
    }

    private void requireFreeName(String projectId, String name, String exceptId) {
        rules.findByProjectIdAndName(projectId, name)
                .filter(other -> !other.id().equals(exceptId))
                .ifPresent(other -> {
                    throw ApiException.duplicate("validation_rules", "name", name);
                });
    }

    private String copyName(ValidationRule source) {
        for (int n = 1; ; n++) {
            String candidate = source.name() + (n == 1 ? " (copy)" : " (copy " + n + ")");
            if (!rules.existsByProjectIdAndName(source.projectId(), candidate)) {
                return candidate;
            }
        }
    }

    private static void requireValid(String problem) {
        if (problem != null) {
            throw ApiException.invalidPayload(problem);
        }
    }

    private static JsonNode bundleRules(Patch<JsonNode> patch, JsonNode current) {
        if (!patch.isPresent()) {
            return current;
        }
        JsonNode requested = patch.value();
        if (requested == null || requested.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!requested.isObject()) {
            throw ApiException.invalidPayload("Property 'bundle_rules' should be an object or null");
        }
        return requested;
    }

    private static String contextType(String requested) {
        if (requested == null) {
            return ContextTypes.DEFAULT;
        }
        if (!ContextTypes.isKnown(requested)) {
            throw ApiException.invalidPayload("Property 'context_type' should be a validation rule context type"
                    + " such as global, campaign.discount_coupons or voucher.discount_voucher; got " + requested);
        }
        return requested;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static <T> T firstNonNull(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
