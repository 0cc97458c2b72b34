package dev.voucheremulator.redemption;

import dev.voucheremulator.analytics.AnalyticsService;
import dev.voucheremulator.analytics.CampaignEvent;
import dev.voucheremulator.analytics.Counter;
import dev.voucheremulator.api.db.DeferredInserts;
import dev.voucheremulator.campaign.CampaignType;
import dev.voucheremulator.campaign.ReferralProgram;
import dev.voucheremulator.validation.Candidate;
import dev.voucheremulator.validation.CustomerSnapshot;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What redemptions and rollbacks tell the campaign summary: one event per redeemable,
 * attributed to the campaign of its voucher or promotion tier, in the caller's transaction.
 * Redeemables without a campaign (standalone vouchers, unknown codes) and parents of stacked
 * requests count nowhere.
 */
@Component
class RedemptionEvents {

    private static final int[] CAMPAIGN_ORDER_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP};

    private final AnalyticsService analytics;
    private final JdbcClient jdbc;
    private final DeferredInserts inserts;
    private final ApplicationEventPublisher publisher;

    RedemptionEvents(AnalyticsService analytics, JdbcClient jdbc, DeferredInserts inserts,
                     ApplicationEventPublisher publisher) {
        this.analytics = analytics;
        this.jdbc = jdbc;
        this.inserts = inserts;
        this.publisher = publisher;
    }

    /** {@link RedemptionRecorded} for listeners, whatever the campaign. */
    private void publish(String projectId, String type, Redemption redemption, Redemption rollback) {
        publisher.publishEvent(new RedemptionRecorded(projectId, type, redemption.id(),
                () -> RedemptionResponse.from(redemption),
                rollback == null ? null : () -> RollbackResponse.from(rollback)));
    }

    /** A successful redemption, for listeners: call it once the record describes the voucher as taken. */
    void redeemed(String projectId, Redemption r) {
        publish(projectId, "redemption.succeeded", r, null);
    }

    /**
     * A successful redemption in the summary; the order's amount counts once per campaign and order,
     * when {@code firstForOrder} says this is the campaign's first redemption of it.
     */
    void counted(String projectId, Candidate c, Redemption r, boolean firstForOrder, Instant at) {
        if (c.campaignId() == null) {
            return;
        }
        Map<String, Object> details = details(c);
        details.put("redemption_id", r.id());
        if (r.orderId() != null) {
            details.put("order_id", r.orderId());
        }
        analytics.record(CampaignEvent.of(projectId, c.campaignId(), "redemption.succeeded", at)
                .count(Counter.REDEMPTIONS)
                .count(Counter.REDEMPTIONS_SUCCEEDED)
                .add(Counter.ORDERS_AMOUNT, firstForOrder && r.orderAmount() != null ? r.orderAmount() : 0)
                .add(Counter.DISCOUNTED_AMOUNT, r.discountAmount())
                .add(Counter.AMOUNT_REDEEMED, r.giftAmount() == null ? 0 : r.giftAmount())
                .details(details)
                .build());
    }

    /** A referral code redeemed by a customer converts them (unless the program converts on a custom event). */
    void referralConverted(String projectId, Candidate c, CustomerSnapshot customer, Instant at) {
        if (customer == null || c.campaign() == null || c.campaign().campaignType() != CampaignType.REFERRAL_PROGRAM) {
            return;
        }
        ReferralProgram program = c.campaign().referralProgram();
        if (program != null && program.conversionEventType() == ReferralProgram.ConversionEventType.custom_event) {
            return;
        }
        analytics.referralConverted(projectId, c.campaignId(), customer.id(), at);
    }

    void redemptionFailed(String projectId, Candidate c, Redemption r, Instant at) {
        publish(projectId, "redemption.failed", r, null);
        if (c.campaignId() == null) {
            return;
        }
        Map<String, Object> details = details(c);
        details.put("redemption_id", r.id());
        details.put("failure_code", r.failureCode());
        analytics.record(CampaignEvent.of(projectId, c.campaignId(), "redemption.failed", at)
                .count(Counter.REDEMPTIONS)
                .count(Counter.REDEMPTIONS_FAILED)
                .details(details)
                .build());
    }

    void rolledBack(String projectId, Redemption original, Redemption rollback, boolean firstForOrder, Instant at) {
        publish(projectId, "redemption.rollback.succeeded", original, rollback);
        if (original.campaignId() == null) {
            return;
        }
        analytics.record(CampaignEvent.of(projectId, original.campaignId(), "redemption.rollback.succeeded", at)
                .count(Counter.ROLLBACKS)
                .count(Counter.ROLLBACKS_SUCCEEDED)
                .add(Counter.ORDERS_ROLLEDBACK_AMOUNT,
                        firstForOrder && original.orderAmount() != null ? original.orderAmount() : 0)
                .add(Counter.ROLLEDBACK_DISCOUNTED_AMOUNT, original.discountAmount())
                .add(Counter.AMOUNT_ROLLEDBACK, original.giftAmount() == null ? 0 : original.giftAmount())
                .details(rollbackDetails(original, rollback))
                .build());
    }

    void rollbackFailed(String projectId, Redemption original, Redemption rollback, Instant at) {
        publish(projectId, "redemption.rollback.failed", original, rollback);
        if (original.campaignId() == null) {
            return;
        }
        Map<String, Object> details = rollbackDetails(original, rollback);
        details.put("failure_code", rollback.failureCode());
        analytics.record(CampaignEvent.of(projectId, original.campaignId(), "redemption.rollback.failed", at)
                .count(Counter.ROLLBACKS)
                .count(Counter.ROLLBACKS_FAILED)
                .details(details)
                .build());
    }

    /** True exactly once per campaign and order: the primary key of campaign_order decides. */
    boolean firstRedemptionOfOrder(String campaignId, String orderId, Instant at) {
        if (campaignId == null || orderId == null) {
            return false;
        }
        return jdbc.sql("""
                        insert into campaign_order (campaign_id, order_id, counted_at) values (?, ?, ?)
                        on conflict (campaign_id, order_id) do nothing""")
                .params(campaignId, orderId, Timestamp.from(at))
                .update() == 1;
    }

    /**
     * {@link #firstRedemptionOfOrder} for an order the calling request created, which no other request
     * can have counted: true, and its row goes in with the transaction's other new rows before the commit.
     */
    boolean firstRedemptionOfNewOrder(String campaignId, String orderId, Instant at) {
        inserts.insert("insert into campaign_order (campaign_id, order_id, counted_at) values (?, ?, ?)",
                CAMPAIGN_ORDER_TYPES, campaignId, orderId, Timestamp.from(at));
        return true;
    }

    /** True exactly once per campaign and order, for the first rollback that reaches it. */
    boolean firstRollbackOfOrder(String campaignId, String orderId, Instant at) {
        if (campaignId == null || orderId == null) {
            return false;
        }
        return jdbc.sql("""
                        update campaign_order set rolled_back_at = ?
                        where campaign_id = ? and order_id = ? and rolled_back_at is null""")
                .params(Timestamp.from(at), campaignId, orderId)
                .update() == 1;
    }

    private static Map<String, Object> details(Candidate c) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(c.object(), c.id());
        return details;
    }

    private static Map<String, Object> rollbackDetails(Redemption original, Redemption rollback) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("redemption_id", original.id());
        details.put("rollback_id", rollback.id());
        if (original.voucherCode() != null) {
            details.put("voucher", original.voucherCode());
        }
        if (original.promotionTierId() != null) {
            details.put("promotion_tier", original.promotionTierId());
        }
        return details;
    }
}
