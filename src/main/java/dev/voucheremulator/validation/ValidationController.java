package dev.voucheremulator.validation;

import dev.voucheremulator.api.auth.Project;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Validations")
class ValidationController {

    private final ValidationService validations;

    ValidationController(ValidationService validations) {
        this.validations = validations;
    }

    @PostMapping("/v1/validations")
    @Operation(operationId = "validate-stacked-discounts", summary = "Validate Stackable Discounts")
    ValidationResponse validate(@Parameter(hidden = true) Project project, @RequestBody StackableRequest body) {
        return validations.validate(project.id(), body);
    }
}
