package dev.voucheremulator.voucher;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VoucherRepository extends JpaRepository<Voucher, String>, JpaSpecificationExecutor<Voucher> {

    Optional<Voucher> findByProjectIdAndCodeAndDeletedAtIsNull(String projectId, String code);

    Optional<Voucher> findByProjectIdAndIdAndDeletedAtIsNull(String projectId, String id);

    boolean existsByProjectIdAndCodeAndDeletedAtIsNull(String projectId, String code);

    long countByProjectIdAndCampaignIdAndDeletedAtIsNull(String projectId, String campaignId);

    // Flush first so pending inserts are included; no clear, the caller's entities stay managed.
    @Modifying(flushAutomatically = true)
    @Query("""
            update Voucher v set v.deletedAt = :at, v.version = v.version + 1
            where v.projectId = :projectId and v.campaignId = :campaignId and v.deletedAt is null""")
    int deleteAllOfCampaign(@Param("projectId") String projectId, @Param("campaignId") String campaignId,
                            @Param("at") Instant at);

    @Query("""
            select v from Voucher v
            where v.projectId = :projectId and v.campaignId = :campaignId and v.deletedAt is null
              and v.redeemedQuantity = 0 and v.id > :after
            order by v.id""")
    List<Voucher> findUnusedOfCampaign(@Param("projectId") String projectId, @Param("campaignId") String campaignId,
                                       @Param("after") String after, Limit limit);

    // Deleted vouchers too: the foreign key would keep the category from being deleted.
    @Modifying(flushAutomatically = true)
    @Query("""
            update Voucher v set v.categoryId = null, v.version = v.version + 1
            where v.projectId = :projectId and v.categoryId = :categoryId""")
    int clearCategory(@Param("projectId") String projectId, @Param("categoryId") String categoryId);

    // One array parameter instead of an IN list: the statement stays small however many codes are checked.
    @Query(value = """
            select code from voucher
            where project_id = :projectId and deleted_at is null and code = any(:codes)""", nativeQuery = true)
    List<String> findLiveCodes(@Param("projectId") String projectId, @Param("codes") String[] codes);
}
