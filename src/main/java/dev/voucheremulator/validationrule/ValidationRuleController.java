package dev.voucheremulator.validationrule;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.api.query.ListEnvelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1")
@Tag(name = "Validation Rules")
class ValidationRuleController {

    private final ValidationRuleService rules;
    private final ValidationRuleAssignmentService newAssignments;

    ValidationRuleController(ValidationRuleService rules, ValidationRuleAssignmentService newAssignments) {
        this.rules = rules;
        this.newAssignments = newAssignments;
    }

    @PostMapping("/validation-rules")
    @Operation(operationId = "create-validation-rules", summary = "Create Validation Rules")
    ValidationRuleResponse create(@Parameter(hidden = true) Project project,
                                  @Valid @RequestBody ValidationRuleRequest body) {
        return rules.create(project.id(), body);
    }

    @GetMapping("/validation-rules")
    @Operation(operationId = "list-validation-rules", summary = "List Validation Rules")
    ListEnvelope<ValidationRuleResponse> list(
            @Parameter(hidden = true) Project project,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer page,
            @Parameter(schema = @Schema(allowableValues = {"created_at", "-created_at", "updated_at", "-updated_at",
                    "name", "-name"}, defaultValue = "-created_at"))
            @RequestParam(required = false) String order,
            @Parameter(description = "created_at on or after", schema = @Schema(format = "date-time"))
            @RequestParam(name = "start_date", required = false) String startDate,
            @Parameter(description = "created_at on or before", schema = @Schema(format = "date-time"))
            @RequestParam(name = "end_date", required = false) String endDate) {
        return rules.list(project.id(), ValidationRuleListQuery.of(limit, page, order, startDate, endDate));
    }

    @GetMapping("/validation-rules/{validationRuleId}")
    @Operation(operationId = "get-validation-rule", summary = "Get Validation Rule")
    ValidationRuleResponse get(@Parameter(hidden = true) Project project, @PathVariable String validationRuleId) {
        return rules.get(project.id(), validationRuleId);
    }

    @PutMapping("/validation-rules/{validationRuleId}")
    @Operation(operationId = "update-validation-rule", summary = "Update Validation Rule")
    ValidationRuleResponse update(@Parameter(hidden = true) Project project, @PathVariable String validationRuleId,
                                  @RequestBody UpdateValidationRuleRequest body) {
        return rules.update(project.id(), validationRuleId, body);
    }

    @DeleteMapping("/validation-rules/{validationRuleId}")
    @Operation(operationId = "delete-validation-rules", summary = "Delete Validation Rule")
    ResponseEntity<Void> delete(@Parameter(hidden = true) Project project, @PathVariable String validationRuleId) {
        rules.delete(project.id(), validationRuleId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/validation-rules/{validationRuleId}/assignments")
    @Operation(operationId = "list-validation-rule-assignments", summary = "List Validation Rule Assignments")
    ValidationRulesAssignmentList assignments(@Parameter(hidden = true) Project project,
                                              @PathVariable String validationRuleId,
                                              @RequestParam(required = false) Integer limit,
                                              @RequestParam(required = false) Integer page,
                                              @Parameter(schema = @Schema(allowableValues = {"created_at",
                                                      "-created_at"}, defaultValue = "-created_at"))
                                              @RequestParam(required = false) String order) {
        return rules.assignmentsOfRule(project.id(), validationRuleId, AssignmentListQuery.of(limit, page, order));
    }

    @PostMapping("/validation-rules/{validationRuleId}/assignments")
    @Operation(operationId = "create-validation-rule-assignment", summary = "Create Validation Rules Assignments")
    AssignmentResponse assign(@Parameter(hidden = true) Project project, @PathVariable String validationRuleId,
                              @Parameter(description = "replace an existing assignment to the same object")
                              @RequestParam(required = false) Boolean force,
                              @Valid @RequestBody CreateAssignmentRequest body) {
        return newAssignments.create(project.id(), validationRuleId, body, Boolean.TRUE.equals(force));
    }

    @DeleteMapping("/validation-rules/{validationRuleId}/assignments/{assignmentId}")
    @Operation(operationId = "delete-validation-rule-assignment", summary = "Delete Validation Rule Assignment")
    ResponseEntity<Void> unassign(@Parameter(hidden = true) Project project, @PathVariable String validationRuleId,
                                  @PathVariable String assignmentId) {
        rules.deleteAssignment(project.id(), validationRuleId, assignmentId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/validation-rules-assignments")
    @Operation(operationId = "list-validation-rules-assignments", summary = "List Validation Rules' Assignment(s)")
    ValidationRulesAssignmentList allAssignments(@Parameter(hidden = true) Project project,
                                                 @RequestParam(name = "related_object_id", required = false)
                                                 String relatedObjectId,
                                                 @Parameter(description = "validation rule id")
                                                 @RequestParam(required = false) String rule,
                                                 @RequestParam(required = false) Integer page,
                                                 @RequestParam(required = false) Integer limit,
                                                 @Parameter(schema = @Schema(allowableValues = {"created_at",
                                                         "-created_at"}, defaultValue = "-created_at"))
                                                 @RequestParam(required = false) String order) {
        return rules.assignments(project.id(), relatedObjectId, rule, AssignmentListQuery.of(limit, page, order));
    }
}
