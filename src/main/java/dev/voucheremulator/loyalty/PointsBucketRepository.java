package dev.voucheremulator.loyalty;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PointsBucketRepository extends JpaRepository<PointsBucket, Long> {

    // The order points are spent in: soonest expiry first, never-expiring last.
    @Query("""
            select b from PointsBucket b where b.voucherId = :voucherId and b.remaining > 0
            order by b.expiresOn asc nulls last, b.id""")
    List<PointsBucket> findLive(@Param("voucherId") String voucherId);

    @Query("""
            select distinct b.voucherId from PointsBucket b
            where b.campaignId = :campaignId and b.remaining > 0 and b.expiresOn < :today""")
    List<String> findCardsWithDuePoints(@Param("campaignId") String campaignId, @Param("today") LocalDate today);

    @Query("""
            select distinct b.voucherId from PointsBucket b
            where b.projectId = :projectId and b.remaining > 0 and b.expiresOn < :today""")
    List<String> findProjectCardsWithDuePoints(@Param("projectId") String projectId, @Param("today") LocalDate today);

    /** Points that are due to expire, per card: what the next read of each card will expire. */
    interface DuePoints {
        String getVoucherId();
        long getPoints();
    }

    @Query("""
            select b.voucherId as voucherId, sum(b.remaining) as points from PointsBucket b
            where b.voucherId in :voucherIds and b.remaining > 0 and b.expiresOn < :today
            group by b.voucherId""")
    List<DuePoints> sumDue(@Param("voucherIds") Collection<String> voucherIds, @Param("today") LocalDate today);
    /** A card's points that will expire, soonest first (list-points-expiration). */
    @Query("""
            select b from PointsBucket b
            where b.voucherId = :voucherId and b.remaining > 0 and b.expiresOn is not null""")
    org.springframework.data.domain.Page<PointsBucket> findExpiring(@Param("voucherId") String voucherId,
                                                                    org.springframework.data.domain.Pageable page);

    /** The points of a program's cards that will expire (every card's list-points-expiration together). */
    @Query("""
            select b from PointsBucket b
            where b.projectId = :projectId and b.campaignId = :campaignId and b.remaining > 0
              and b.expiresOn is not null""")
    Page<PointsBucket> findExpiringOfCampaign(@Param("projectId") String projectId,
                                              @Param("campaignId") String campaignId, Pageable page);
}
