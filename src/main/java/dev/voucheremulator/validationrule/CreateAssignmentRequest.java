package dev.voucheremulator.validationrule;

import jakarta.validation.constraints.NotBlank;

/** Body of POST /v1/validation-rules/{validationRuleId}/assignments; the type defaults to voucher. */
record CreateAssignmentRequest(RelatedObjectType relatedObjectType, @NotBlank String relatedObjectId) {
}
