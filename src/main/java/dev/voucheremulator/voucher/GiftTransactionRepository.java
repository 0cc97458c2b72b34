package dev.voucheremulator.voucher;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Pages of one gift card's transactions in creation order. */
interface GiftTransactionRepository extends JpaRepository<GiftTransaction, String> {

    @Query("select distinct t.voucherId from GiftTransaction t where t.voucherId in :voucherIds")
    Set<String> findVoucherIdsAmong(@Param("voucherIds") Collection<String> voucherIds);

    Optional<GiftTransaction> findByProjectIdAndVoucherIdAndId(String projectId, String voucherId, String id);

    @Query("""
            select t from GiftTransaction t
            where t.projectId = :projectId and t.voucherId = :voucherId and t.seq < :beforeSeq
            order by t.seq desc""")
    List<GiftTransaction> findNewestFirst(@Param("projectId") String projectId,
                                          @Param("voucherId") String voucherId,
                                          @Param("beforeSeq") long beforeSeq, Limit limit);

    @Query("""
            select t from GiftTransaction t
            where t.projectId = :projectId and t.voucherId = :voucherId and t.seq > :afterSeq
            order by t.seq asc""")
    List<GiftTransaction> findOldestFirst(@Param("projectId") String projectId,
                                          @Param("voucherId") String voucherId,
                                          @Param("afterSeq") long afterSeq, Limit limit);

    /** All cards' transactions of one campaign, newest first. */
    @Query(value = """
            select t from GiftTransaction t
            where t.projectId = :projectId and t.campaignId = :campaignId
            order by t.seq desc""",
            countQuery = """
            select count(t) from GiftTransaction t
            where t.projectId = :projectId and t.campaignId = :campaignId""")
    Page<GiftTransaction> findOfCampaign(@Param("projectId") String projectId,
                                         @Param("campaignId") String campaignId, Pageable pageable);
}
