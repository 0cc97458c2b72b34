package dev.voucheremulator.customer;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CustomerActivityRepository extends JpaRepository<CustomerActivity, String>,
        JpaSpecificationExecutor<CustomerActivity> {

    /** The figures of a customer's summary, per customer. */
    interface Figures {
        String getCustomerId();
        long getRedeemed();
        long getFailed();
        long getRolledBack();
        long getRollbackFailed();
        long getGiftAmount();
        long getPoints();
        long getOrderAmount();
        long getOrderCount();
        Long getLastOrderAmount();
        java.time.Instant getLastOrderDate();
    }

    @Query(value = """
            select customer_id as customerId,
                   count(*) filter (where type = 'customer.redemption.succeeded') as redeemed,
                   count(*) filter (where type = 'customer.redemption.failed') as failed,
                   count(*) filter (where type = 'customer.redemption.rollback.succeeded') as rolledBack,
                   count(*) filter (where type = 'customer.redemption.rollback.failed') as rollbackFailed,
                   coalesce(sum(gift_amount) filter (where type = 'customer.redemption.succeeded'), 0)
                     - coalesce(sum(gift_amount) filter (where type = 'customer.redemption.rollback.succeeded'), 0)
                     as giftAmount,
                   coalesce(sum(points) filter (where type = 'customer.redemption.succeeded'), 0)
                     - coalesce(sum(points) filter (where type = 'customer.redemption.rollback.succeeded'), 0)
                     as points,
                   coalesce(sum(order_amount) filter (where type = 'customer.redemption.succeeded'), 0) as orderAmount,
                   count(order_amount) filter (where type = 'customer.redemption.succeeded') as orderCount,
                   (array_agg(order_amount order by seq desc) filter (where type = 'customer.redemption.succeeded'
                       and order_amount is not null))[1] as lastOrderAmount,
                   max(created_at) filter (where type = 'customer.redemption.succeeded' and order_amount is not null)
                     as lastOrderDate
            from customer_activity where customer_id in (:ids) group by customer_id""", nativeQuery = true)
    List<Figures> figures(@Param("ids") Collection<String> ids);

    @Query("select distinct a.campaignId from CustomerActivity a where a.customerId = :customerId "
            + "and a.campaignId is not null order by a.campaignId")
    List<String> findCampaignIds(@Param("customerId") String customerId);

    @Modifying
    @Query("delete from CustomerActivity a where a.customerId = :customerId")
    int deleteByCustomer(@Param("customerId") String customerId);
}
