package dev.voucheremulator.category;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CategoryRepository extends JpaRepository<Category, String> {

    Optional<Category> findByProjectIdAndId(String projectId, String id);

    Optional<Category> findByProjectIdAndName(String projectId, String name);

    List<Category> findByProjectIdAndIdIn(String projectId, Collection<String> ids);

    // Lower hierarchy is applied first; the id keeps ties in a stable order.
    List<Category> findByProjectIdOrderByHierarchyAscCreatedAtAscIdAsc(String projectId);
}
