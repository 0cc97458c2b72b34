package dev.voucheremulator.promotion;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PromotionTierRepository extends JpaRepository<PromotionTier, String> {

    List<PromotionTier> findByCampaignIdOrderByHierarchyAscCreatedAtAsc(String campaignId);

    Optional<PromotionTier> findByProjectIdAndId(String projectId, String id);

    List<PromotionTier> findByCampaignIdIn(Collection<String> campaignIds);

    boolean existsByProjectIdAndId(String projectId, String id);

    /** A page of the tiers of these campaigns; only the active ones within their dates when {@code available}. */
    @Query("""
            select t from PromotionTier t where t.projectId = :projectId and t.campaignId in :campaignIds
            and (:available = false or (t.active = true
                and (t.validity.startDate is null or t.validity.startDate <= :now)
                and (t.validity.expirationDate is null or t.validity.expirationDate > :now)))""")
    Page<PromotionTier> findPage(@Param("projectId") String projectId,
                                 @Param("campaignIds") Collection<String> campaignIds,
                                 @Param("available") boolean available, @Param("now") Instant now,
                                 Pageable pageable);

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
