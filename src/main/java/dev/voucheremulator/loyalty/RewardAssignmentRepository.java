package dev.voucheremulator.loyalty;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RewardAssignmentRepository extends JpaRepository<RewardAssignment, String> {

    Page<RewardAssignment> findByProjectIdAndCampaignId(String projectId, String campaignId, Pageable pageable);

    Optional<RewardAssignment> findByProjectIdAndCampaignIdAndId(String projectId, String campaignId, String id);

    @Modifying(flushAutomatically = true)
    @Query("delete from RewardAssignment a where a.projectId = :projectId and a.rewardId = :rewardId")
    int deleteByProjectIdAndRewardId(@Param("projectId") String projectId, @Param("rewardId") String rewardId);

    Optional<RewardAssignment> findByProjectIdAndCampaignIdAndRewardId(String projectId, String campaignId,
                                                                      String rewardId);

    java.util.List<RewardAssignment> findByProjectIdAndCampaignIdOrderByCreatedAtDescIdDesc(String projectId,
                                                                                        String campaignId);

    /** Every one of the project's, oldest first: what an export lists. */
    java.util.List<RewardAssignment> findByProjectIdOrderByCreatedAtAscIdAsc(String projectId);
}
