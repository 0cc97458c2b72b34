package dev.voucheremulator.campaign;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CampaignRepository extends JpaRepository<Campaign, String>, JpaSpecificationExecutor<Campaign> {

    Optional<Campaign> findByProjectIdAndIdAndDeletedAtIsNull(String projectId, String id);

    Optional<Campaign> findByProjectIdAndNameAndDeletedAtIsNull(String projectId, String name);

    /** {@code campaignId} path parameters accept the id or the (URL-encoded) name. */
    default Optional<Campaign> findLive(String projectId, String idOrName) {
        return findByProjectIdAndIdAndDeletedAtIsNull(projectId, idOrName)
                .or(() -> findByProjectIdAndNameAndDeletedAtIsNull(projectId, idOrName));
    }

    boolean existsByProjectIdAndNameAndDeletedAtIsNull(String projectId, String name);
}
