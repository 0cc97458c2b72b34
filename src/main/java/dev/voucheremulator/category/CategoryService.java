package dev.voucheremulator.category;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.ids.ResourceIds;
import dev.voucheremulator.api.query.ListEnvelope;
import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class CategoryService {

    private final CategoryRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CategoryService(CategoryRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    ListEnvelope<CategoryResponse> list(String projectId) {
        return ListEnvelope.of(repository.findByProjectIdOrderByHierarchyAscCreatedAtAscIdAsc(projectId)
                .stream().map(CategoryResponse::from).toList());
    }

    @Transactional
    CategoryResponse create(String projectId, CategoryRequest body) {
        requireFreeName(projectId, body.name(), null);
        Category category = new Category(ResourceIds.category(), projectId, body.name(), body.hierarchy(),
                clock.instant());
        // flushed here, so a lost race on category_name_uq is a 409 and not a failed commit
        return CategoryResponse.from(repository.saveAndFlush(category));
    }

    public CategoryResponse get(String projectId, String categoryId) {
        return CategoryResponse.from(find(projectId, categoryId));
    }

    @Transactional
    CategoryResponse update(String projectId, String categoryId, CategoryRequest body) {
        Category category = find(projectId, categoryId);
        requireFreeName(projectId, body.name(), category.id());
        category.update(body.name(), body.hierarchy(), clock.instant());
        return CategoryResponse.from(repository.saveAndFlush(category));
    }

    /** Campaigns, tiers and vouchers that used the category keep existing, without a category. */
    @Transactional
    void delete(String projectId, String categoryId) {
        Category category = find(projectId, categoryId);
        events.publishEvent(new CategoryDeleted(projectId, category.id()));
        repository.delete(category);
        repository.flush();
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

    private Category find(String projectId, String categoryId) {
        return repository.findByProjectIdAndId(projectId, categoryId)
                .orElseThrow(() -> ApiException.notFound("category", categoryId));
    }

    private void requireFreeName(String projectId, String name, String exceptId) {
        repository.findByProjectIdAndName(projectId, name)
                .filter(other -> !other.id().equals(exceptId))
                .ifPresent(other -> {
                    throw ApiException.duplicate("category", "name", name);
                });
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
