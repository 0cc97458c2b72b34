package dev.voucheremulator.loyalty;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EarningRuleRepository extends JpaRepository<EarningRule, String> {

    Page<EarningRule> findByProjectIdAndCampaignId(String projectId, String campaignId, Pageable pageable);

    Optional<EarningRule> findByProjectIdAndCampaignIdAndId(String projectId, String campaignId, String id);

    @Query(value = """
            select * from earning_rule
            where project_id = ?1 and active and definition ->> 'event' = ?2
            order by created_at, id""", nativeQuery = true)
    List<EarningRule> findActiveByEvent(String projectId, String event);

    /** Every one of the project's, oldest first: what an export lists. */
    java.util.List<EarningRule> findByProjectIdOrderByCreatedAtAscIdAsc(String projectId);
}
