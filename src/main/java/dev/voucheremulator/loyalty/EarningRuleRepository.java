package dev.voucheremulator.loyalty;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface EarningRuleRepository extends JpaRepository<EarningRule, String> {

    Page<EarningRule> findByProjectIdAndCampaignId(String projectId, String campaignId, Pageable pageable);

    Optional<EarningRule> findByProjectIdAndCampaignIdAndId(String projectId, String campaignId, String id);
}
