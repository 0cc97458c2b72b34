package dev.voucheremulator.validation;

import dev.voucheremulator.api.auth.Project;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Qualifications")
class QualificationController {

    private final QualificationService qualifications;

    QualificationController(QualificationService qualifications) {
        this.qualifications = qualifications;
    }

    @PostMapping("/v1/qualifications")
    @Operation(operationId = "check-eligibility", summary = "Check Eligibility")
    QualificationResponse checkEligibility(@Parameter(hidden = true) Project project,
                                           @RequestBody QualificationRequest body) {
        return qualifications.qualify(project.id(), body);
    }
}
