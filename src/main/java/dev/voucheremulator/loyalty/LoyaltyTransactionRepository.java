package dev.voucheremulator.loyalty;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** A campaign's loyalty transactions; pages of them are read by specification, in {@code seq} order. */
interface LoyaltyTransactionRepository extends JpaRepository<LoyaltyTransaction, String>,
        JpaSpecificationExecutor<LoyaltyTransaction> {

    Optional<LoyaltyTransaction> findByProjectIdAndCampaignIdAndId(String projectId, String campaignId, String id);

    /** The points a card gained since {@code since}: what a POINTS_IN_PERIOD tier qualifies by. */
    @Query("""
            select coalesce(sum(t.points), 0) from LoyaltyTransaction t
            where t.voucherId = :voucherId and t.points > 0 and t.createdAt >= :since
              and t.type in ('POINTS_ADDITION', 'POINTS_ACCRUAL', 'PENDING_POINTS_ACTIVATION', 'POINTS_TRANSFER_IN')""")
    long sumEarnedSince(@Param("voucherId") String voucherId, @Param("since") Instant since);

    @Query("select t from LoyaltyTransaction t where t.voucherId = :voucherId order by t.seq")
    List<LoyaltyTransaction> findAllOfCard(@Param("voucherId") String voucherId);
}
