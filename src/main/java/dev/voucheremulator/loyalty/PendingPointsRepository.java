package dev.voucheremulator.loyalty;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Pending points still waiting, of a campaign or of one card ({@code voucherId} set), in creation order. */
interface PendingPointsRepository extends JpaRepository<PendingPointsEntry, String> {

    @Query("""
            select p from PendingPointsEntry p
            where p.projectId = :projectId and p.id = :id and p.status = 'PENDING'""")
    Optional<PendingPointsEntry> findPending(@Param("projectId") String projectId, @Param("id") String id);

    @Query("""
            select p from PendingPointsEntry p
            where p.voucherId = :voucherId and p.status = 'PENDING' and p.activatesOn <= :today
            order by p.seq""")
    List<PendingPointsEntry> findDue(@Param("voucherId") String voucherId, @Param("today") LocalDate today);

    @Query("""
            select distinct p.voucherId from PendingPointsEntry p
            where p.campaignId = :campaignId and p.status = 'PENDING' and p.activatesOn <= :today""")
    List<String> findCardsWithDue(@Param("campaignId") String campaignId, @Param("today") LocalDate today);

    @Query("""
            select distinct p.voucherId from PendingPointsEntry p
            where p.projectId = :projectId and p.status = 'PENDING' and p.activatesOn <= :today""")
    List<String> findProjectCardsWithDue(@Param("projectId") String projectId, @Param("today") LocalDate today);

    @Query("""
            select p from PendingPointsEntry p
            where p.projectId = :projectId and p.campaignId = :campaignId and p.status = 'PENDING'
              and (:voucherId is null or p.voucherId = :voucherId) and p.seq < :beforeSeq
            order by p.seq desc""")
    List<PendingPointsEntry> findNewestFirst(@Param("projectId") String projectId,
                                             @Param("campaignId") String campaignId,
                                             @Param("voucherId") String voucherId,
                                             @Param("beforeSeq") long beforeSeq, Limit limit);

    @Query("""
            select p from PendingPointsEntry p
            where p.projectId = :projectId and p.campaignId = :campaignId and p.status = 'PENDING'
              and (:voucherId is null or p.voucherId = :voucherId) and p.seq > :afterSeq
            order by p.seq asc""")
    List<PendingPointsEntry> findOldestFirst(@Param("projectId") String projectId,
                                             @Param("campaignId") String campaignId,
                                             @Param("voucherId") String voucherId,
                                             @Param("afterSeq") long afterSeq, Limit limit);

    @Query("select p from PendingPointsEntry p where p.voucherId = :voucherId order by p.seq")
    List<PendingPointsEntry> findAllOfCard(@Param("voucherId") String voucherId);

    /** A program's pending points still waiting, newest first, a numbered page at a time. */
    @Query(value = """
            select p from PendingPointsEntry p
            where p.projectId = :projectId and p.campaignId = :campaignId and p.status = 'PENDING'
            order by p.seq desc""",
            countQuery = """
            select count(p) from PendingPointsEntry p
            where p.projectId = :projectId and p.campaignId = :campaignId and p.status = 'PENDING'""")
    Page<PendingPointsEntry> findWaiting(@Param("projectId") String projectId, @Param("campaignId") String campaignId,
                                         Pageable page);
}
