package dev.voucheremulator.promotion;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PromotionTierRepository extends JpaRepository<PromotionTier, String> {

    List<PromotionTier> findByCampaignIdOrderByHierarchyAscCreatedAtAsc(String campaignId);

    List<PromotionTier> findByCampaignIdIn(Collection<String> campaignIds);
}
