package dev.voucheremulator.loyalty;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface RewardAssignmentRepository extends JpaRepository<RewardAssignment, String> {

    Page<RewardAssignment> findByProjectIdAndCampaignId(String projectId, String campaignId, Pageable pageable);

    Optional<RewardAssignment> findByProjectIdAndCampaignIdAndId(String projectId, String campaignId, String id);

    Optional<RewardAssignment> findByProjectIdAndCampaignIdAndRewardId(String projectId, String campaignId,
                                                                      String rewardId);

    java.util.List<RewardAssignment> findByProjectIdAndCampaignIdOrderByCreatedAtDescIdDesc(String projectId,
                                                                                        String campaignId);
}
