package dev.voucheremulator.loyalty;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;

interface LoyaltyTierRepository extends JpaRepository<LoyaltyTier, String> {

    List<LoyaltyTier> findByProjectIdAndCampaignId(String projectId, String campaignId, Sort sort, Limit limit);

    List<LoyaltyTier> findByProjectIdAndCampaignIdIn(String projectId, Collection<String> campaignIds, Sort sort);

    long countByProjectIdAndCampaignId(String projectId, String campaignId);

    Optional<LoyaltyTier> findByProjectIdAndCampaignIdAndId(String projectId, String campaignId, String id);
}
