package dev.voucheremulator.publication;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PublicationRepository extends JpaRepository<Publication, String>, JpaSpecificationExecutor<Publication> {

    boolean existsByProjectIdAndSourceIdAndResult(String projectId, String sourceId, String result);

    /** The customer's latest successful publication in a campaign (join_once). */
    @Query("""
            select p from Publication p
            where p.customerId = :customerId and p.campaignId = :campaignId and p.result = 'SUCCESS'
            order by p.createdAt desc, p.seq desc""")
    List<Publication> findJoined(@Param("customerId") String customerId, @Param("campaignId") String campaignId,
                                 Limit limit);

    /** The customer's latest successful publication of one voucher (join_once, no campaign). */
    @Query("""
            select p from Publication p join p.vouchers v
            where p.customerId = :customerId and v.voucherId = :voucherId and p.result = 'SUCCESS'
            order by p.createdAt desc, p.seq desc""")
    List<Publication> findHolding(@Param("customerId") String customerId, @Param("voucherId") String voucherId,
                                  Limit limit);

    /** A campaign's publication attempts counted by channel and result: rows of [channel, result, count]. */
    @Query("""
            select p.channel, p.result, count(p) from Publication p
            where p.projectId = :projectId and p.campaignId = :campaignId
            group by p.channel, p.result""")
    List<Object[]> countByChannel(@Param("projectId") String projectId, @Param("campaignId") String campaignId);
}
