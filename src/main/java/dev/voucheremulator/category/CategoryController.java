package dev.voucheremulator.category;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.api.query.ListEnvelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/categories")
@Tag(name = "Categories")
class CategoryController {

    private final CategoryService categories;

    CategoryController(CategoryService categories) {
        this.categories = categories;
    }

    @GetMapping
    @Operation(operationId = "list-categories", summary = "List Categories")
    ListEnvelope<CategoryResponse> list(@Parameter(hidden = true) Project project) {
        return categories.list(project.id());
    }

    @PostMapping
    @Operation(operationId = "create-category", summary = "Create Category")
    CategoryResponse create(@Parameter(hidden = true) Project project, @Valid @RequestBody CategoryRequest body) {
        return categories.create(project.id(), body);
    }

    @GetMapping("/{categoryId}")
    @Operation(operationId = "get-category", summary = "Get Category")
    CategoryResponse get(@Parameter(hidden = true) Project project, @PathVariable String categoryId) {
        return categories.get(project.id(), categoryId);
    }

    @PutMapping("/{categoryId}")
    @Operation(operationId = "update-category", summary = "Update Category")
    CategoryResponse update(@Parameter(hidden = true) Project project, @PathVariable String categoryId,
                            @Valid @RequestBody CategoryRequest body) {
        return categories.update(project.id(), categoryId, body);
    }

    @DeleteMapping("/{categoryId}")
    @Operation(operationId = "delete-category", summary = "Delete Category")
    ResponseEntity<Void> delete(@Parameter(hidden = true) Project project, @PathVariable String categoryId) {
        categories.delete(project.id(), categoryId);
        return ResponseEntity.noContent().build();
    }
}
