package dev.voucheremulator.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CampaignRepository extends JpaRepository<Campaign, String>, JpaSpecificationExecutor<Campaign> {

    Optional<Campaign> findByProjectIdAndIdAndDeletedAtIsNull(String projectId, String id);

    Optional<Campaign> findByProjectIdAndNameAndDeletedAtIsNull(String projectId, String name);

    /** {@code campaignId} path parameters accept the id or the (URL-encoded) name. */
    default Optional<Campaign> findLive(String projectId, String idOrName) {
        return findByProjectIdAndIdAndDeletedAtIsNull(projectId, idOrName)
                .or(() -> findByProjectIdAndNameAndDeletedAtIsNull(projectId, idOrName));
    }

    boolean existsByProjectIdAndNameAndDeletedAtIsNull(String projectId, String name);

    List<Campaign> findByProjectIdAndCampaignTypeAndDeletedAtIsNull(String projectId, CampaignType campaignType);

    // Deleted campaigns too: the foreign key would keep the category from being deleted.
    @Modifying(flushAutomatically = true)
    @Query("""
            update Campaign c set c.categoryId = null, c.version = c.version + 1
            where c.projectId = :projectId and c.categoryId = :categoryId""")
    int clearCategory(@Param("projectId") String projectId, @Param("categoryId") String categoryId);
}
