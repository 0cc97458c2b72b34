package dev.voucheremulator.loyalty;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Pages of a campaign's transactions, or one card's ({@code voucherId} set), in creation order. */
interface LoyaltyTransactionRepository extends JpaRepository<LoyaltyTransaction, String> {

    Optional<LoyaltyTransaction> findByProjectIdAndCampaignIdAndId(String projectId, String campaignId, String id);

    @Query("""
            select t from LoyaltyTransaction t
            where t.projectId = :projectId and t.campaignId = :campaignId
              and (:voucherId is null or t.voucherId = :voucherId) and t.seq < :beforeSeq
            order by t.seq desc""")
    List<LoyaltyTransaction> findNewestFirst(@Param("projectId") String projectId,
                                             @Param("campaignId") String campaignId,
                                             @Param("voucherId") String voucherId,
                                             @Param("beforeSeq") long beforeSeq, Limit limit);

    @Query("""
            select t from LoyaltyTransaction t
            where t.projectId = :projectId and t.campaignId = :campaignId
              and (:voucherId is null or t.voucherId = :voucherId) and t.seq > :afterSeq
            order by t.seq asc""")
    List<LoyaltyTransaction> findOldestFirst(@Param("projectId") String projectId,
                                             @Param("campaignId") String campaignId,
                                             @Param("voucherId") String voucherId,
                                             @Param("afterSeq") long afterSeq, Limit limit);

    /** The points a card gained since {@code since}: what a POINTS_IN_PERIOD tier qualifies by. */
    @Query("""
            select coalesce(sum(t.points), 0) from LoyaltyTransaction t
            where t.voucherId = :voucherId and t.points > 0 and t.createdAt >= :since
              and t.type in ('POINTS_ADDITION', 'POINTS_ACCRUAL', 'PENDING_POINTS_ACTIVATION', 'POINTS_TRANSFER_IN')""")
    long sumEarnedSince(@Param("voucherId") String voucherId, @Param("since") java.time.Instant since);

    @Query("select t from LoyaltyTransaction t where t.voucherId = :voucherId order by t.seq")
    List<LoyaltyTransaction> findAllOfCard(@Param("voucherId") String voucherId);
}
