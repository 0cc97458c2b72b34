package dev.voucheremulator.promotion;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PromotionTierRepository extends JpaRepository<PromotionTier, String> {

    List<PromotionTier> findByCampaignIdOrderByHierarchyAscCreatedAtAsc(String campaignId);

    Optional<PromotionTier> findByProjectIdAndId(String projectId, String id);

    List<PromotionTier> findByCampaignIdIn(Collection<String> campaignIds);

    boolean existsByProjectIdAndId(String projectId, String id);

    @Modifying(flushAutomatically = true)
    @Query("""
            update PromotionTier t set t.categoryId = null, t.version = t.version + 1
            where t.projectId = :projectId and t.categoryId = :categoryId""")
    int clearCategory(@Param("projectId") String projectId, @Param("categoryId") String categoryId);

    @Query("""
            select t.id from PromotionTier t where t.projectId = :projectId and t.active = true
            order by t.createdAt desc, t.id desc""")
    List<String> findActiveIds(@Param("projectId") String projectId, org.springframework.data.domain.Limit limit);
}
