package dev.voucheremulator.product;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SkuRepository extends JpaRepository<Sku, String>, JpaSpecificationExecutor<Sku> {

    Optional<Sku> findByProjectIdAndIdAndDeletedAtIsNull(String projectId, String id);

    Optional<Sku> findByProjectIdAndSourceIdAndDeletedAtIsNull(String projectId, String sourceId);

    /** Binned SKUs included: their source_id stays taken. */
    Optional<Sku> findByProjectIdAndSourceId(String projectId, String sourceId);

    default Optional<Sku> findLive(String projectId, String idOrSourceId) {
        return findByProjectIdAndIdAndDeletedAtIsNull(projectId, idOrSourceId)
                .or(() -> findByProjectIdAndSourceIdAndDeletedAtIsNull(projectId, idOrSourceId));
    }

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Sku s set s.deletedAt = :at where s.productId = :productId and s.deletedAt is null")
    int moveToBinByProduct(String productId, Instant at);
}
