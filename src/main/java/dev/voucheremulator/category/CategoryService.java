package dev.voucheremulator.category;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.ids.ResourceIds;
import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class CategoryService {

    private final CategoryRepository repository;
    private final Clock clock;

    CategoryService(CategoryRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Resolves a resource's {@code category_id} or {@code category} (a name). An unknown id is a 404;
     * an unknown name creates the category with hierarchy 0, as Voucherify does when assigning by name.
     */
    @Transactional
    public Optional<CategoryResponse> resolve(String projectId, String categoryId, String categoryName) {
        if (categoryId != null) {
            return Optional.of(repository.findByProjectIdAndId(projectId, categoryId)
                    .map(CategoryResponse::from)
                    .orElseThrow(() -> ApiException.notFound("category", categoryId)));
        }
        if (categoryName == null || categoryName.isBlank()) {
            return Optional.empty();
        }
        Category category = repository.findByProjectIdAndName(projectId, categoryName)
                .orElseGet(() -> repository.save(new Category(ResourceIds.category(), projectId, categoryName, 0,
                        clock.instant())));
        return Optional.of(CategoryResponse.from(category));
    }

    public Map<String, CategoryResponse> byIds(String projectId, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Collections.emptyMap(); // unlike Map.of(), answers get(null) with null
        }
        List<Category> found = repository.findByProjectIdAndIdIn(projectId, ids);
        return found.stream().map(CategoryResponse::from)
                .collect(Collectors.toMap(CategoryResponse::id, Function.identity()));
    }
}
