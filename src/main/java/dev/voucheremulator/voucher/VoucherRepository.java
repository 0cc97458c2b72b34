package dev.voucheremulator.voucher;

import java.time.Instant;
import java.util.Collection;
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

    List<Voucher> findByProjectIdAndIdIn(String projectId, Collection<String> ids);

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
              and v.redeemedQuantity = 0 and v.publishCount = 0 and v.id > :after
            order by v.id""")
    List<Voucher> findUnusedOfCampaign(@Param("projectId") String projectId, @Param("campaignId") String campaignId,
                                       @Param("after") String after, Limit limit);

    @Modifying(flushAutomatically = true)
    @Query("""
            update Voucher v set v.deletedAt = :at, v.version = v.version + 1
            where v.id = :id and v.deletedAt is null""")
    int softDelete(@Param("id") String id, @Param("at") Instant at);

    /**
     * The oldest live, active, never published vouchers of a campaign, locked for this transaction.
     * Vouchers locked by a concurrent publication are skipped, not waited for.
     */
    @Query(value = """
            select id from voucher
            where campaign_id = :campaignId and deleted_at is null and publish_count = 0 and active
              and (expiration_date is null or expiration_date > :now)
            order by created_at, id
            limit :count
            for update skip locked""", nativeQuery = true)
    List<String> lockUnpublished(@Param("campaignId") String campaignId, @Param("now") Instant now,
                                 @Param("count") int count);

    @Query(value = """
            select id from voucher where campaign_id = :campaignId and deleted_at is null
            order by created_at, id limit 1""", nativeQuery = true)
    Optional<String> findFirstLiveId(@Param("campaignId") String campaignId);

    // Conditional: of two publications racing for one voucher only one changes the row.
    @Modifying(flushAutomatically = true)
    @Query("""
            update Voucher v set v.holderId = :customerId, v.publishCount = v.publishCount + 1,
                                 v.version = v.version + 1
            where v.id = :id and v.deletedAt is null and v.publishCount = 0""")
    int publish(@Param("id") String id, @Param("customerId") String customerId);

    // A STANDALONE campaign's shared code: published to many customers, held by none of them.
    @Modifying(flushAutomatically = true)
    @Query("""
            update Voucher v set v.publishCount = v.publishCount + 1, v.version = v.version + 1
            where v.id = :id and v.deletedAt is null""")
    int publishShared(@Param("id") String id);

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

    /** A voucher's counters right after {@link #takeRedemption} changed them. */
    interface RedemptionCounts {
        int getRedeemedQuantity();

        Long getGiftBalance();
    }

    // Conditional UPDATE: two concurrent redemptions must not both take the last use or the last credits.
    // The version bump makes a concurrent read-modify-write of the same voucher fail instead of undoing it.
    // RETURNING hands back the new counts, so the caller need not read the row again (not @Modifying:
    // a statement with a result set runs as a query).
    @Query(value = """
            update voucher set redeemed_quantity = redeemed_quantity + 1,
                gift = case when :credits > 0
                    then jsonb_set(gift, '{balance}', to_jsonb(coalesce((gift ->> 'balance')::bigint, 0) - :credits))
                    else gift end,
                version = version + 1
            where project_id = :projectId and id = :id and deleted_at is null
              and (redemption_quantity is null or redeemed_quantity < redemption_quantity)
              and (:credits = 0 or coalesce((gift ->> 'balance')::bigint, 0) >= :credits)
            returning redeemed_quantity as redeemedQuantity, (gift ->> 'balance')::bigint as giftBalance""",
            nativeQuery = true)
    Optional<RedemptionCounts> takeRedemption(@Param("projectId") String projectId, @Param("id") String id,
                                              @Param("credits") long credits);

    @Modifying(flushAutomatically = true)
    @Query(value = """
            update voucher set redeemed_quantity = greatest(redeemed_quantity - 1, 0),
                gift = case when :credits > 0 and gift is not null
                    then jsonb_set(gift, '{balance}', to_jsonb(coalesce((gift ->> 'balance')::bigint, 0) + :credits))
                    else gift end,
                version = version + 1
            where project_id = :projectId and id = :id""", nativeQuery = true)
    int giveBackRedemption(@Param("projectId") String projectId, @Param("id") String id,
                           @Param("credits") long credits);

    @Query("""
            select v.id from Voucher v
            where v.projectId = :projectId and v.holderId = :holderId and v.deletedAt is null
            order by v.createdAt desc, v.id desc""")
    List<String> findLiveIdsHeldBy(@Param("projectId") String projectId, @Param("holderId") String holderId,
                                   org.springframework.data.domain.Limit limit);
}
