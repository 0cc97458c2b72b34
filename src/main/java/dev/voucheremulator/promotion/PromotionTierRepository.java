package dev.voucheremulator.promotion;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PromotionTierRepository extends JpaRepository<PromotionTier, String> {

    List<PromotionTier> findByCampaignIdOrderByHierarchyAscCreatedAtAsc(String campaignId);

    List<PromotionTier> findByCampaignIdIn(Collection<String> campaignIds);

    Optional<PromotionTier> findByProjectIdAndId(String projectId, String id);
}
