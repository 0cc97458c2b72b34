package dev.voucheremulator.product;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ProductRepository extends JpaRepository<Product, String>, JpaSpecificationExecutor<Product> {

    Optional<Product> findByProjectIdAndIdAndDeletedAtIsNull(String projectId, String id);

    Optional<Product> findByProjectIdAndSourceIdAndDeletedAtIsNull(String projectId, String sourceId);

    /** Binned products included: their source_id stays taken. */
    Optional<Product> findByProjectIdAndSourceId(String projectId, String sourceId);

    List<Product> findByProjectIdAndSourceIdInAndDeletedAtIsNull(String projectId, Collection<String> sourceIds);

    default Optional<Product> findLive(String projectId, String idOrSourceId) {
        return findByProjectIdAndIdAndDeletedAtIsNull(projectId, idOrSourceId)
                .or(() -> findByProjectIdAndSourceIdAndDeletedAtIsNull(projectId, idOrSourceId));
    }
}
