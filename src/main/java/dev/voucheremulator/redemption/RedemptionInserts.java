package dev.voucheremulator.redemption;

import dev.voucheremulator.api.db.DeferredInserts;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Successful redemptions' rows, inserted with their transaction's other new rows just before it commits
 * ({@link DeferredInserts}): a batch of redemptions sends one statement, and no row passes through the
 * persistence context. The JSON columns are written by the mapper Hibernate writes them with, so the
 * {@link Redemption} entity reads them back as it wrote them.
 */
@Component
class RedemptionInserts {

    private static final String INSERT = """
            insert into redemption (id, project_id, object, role, parent_id, redemption_id, result, status,
             failure_code, failure_message, related_object_type, related_object_id, voucher_id, voucher_code,
             promotion_tier_id, campaign_id, campaign_name, customer_id, customer_source_id, tracking_id, order_id,
             order_amount, discount_amount, gift_amount, loyalty_points, reward_id, reward_name, reason, rollback_id,
             rolled_back_at, metadata, session, order_data, customer, voucher, promotion_tier, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
             cast(? as jsonb), cast(? as jsonb), cast(? as json), cast(? as jsonb), cast(? as json),
             cast(? as jsonb), ?)""";
    private static final int[] TYPES = types();

    private final DeferredInserts inserts;
    private final JsonMapper json;

    RedemptionInserts(DeferredInserts inserts, JsonMapper json) {
        this.inserts = inserts;
        this.json = json;
    }

    void insert(List<Redemption> redemptions) {
        for (Redemption r : redemptions) {
            inserts.insert(INSERT, TYPES, r.id(), r.projectId(), r.object(), name(r.role()), r.parentId(),
                    r.redemptionId(), name(r.result()), name(r.status()), r.failureCode(), r.failureMessage(),
                    r.relatedObjectType(), r.relatedObjectId(), r.voucherId(), r.voucherCode(), r.promotionTierId(),
                    r.campaignId(), r.campaignName(), r.customerId(), r.customerSourceId(), r.trackingId(),
                    r.orderId(), r.orderAmount(), r.discountAmount(), r.giftAmount(), r.loyaltyPoints(), r.rewardId(),
                    r.rewardName(), r.reason(), r.rollbackId(), timestamp(r.rolledBackAt()), json(r.metadata()),
                    json(r.session()), json(r.orderData()), json(r.customer()), json(r.voucher()),
                    json(r.promotionTier()), timestamp(r.createdAt()));
        }
    }

    private String json(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    // text columns but for the four amounts (bigint) and the two times (timestamptz)
    private static int[] types() {
        int[] types = new int[37];
        Arrays.fill(types, Types.VARCHAR);
        for (int amount : new int[] {21, 22, 23, 24}) {
            types[amount] = Types.BIGINT;
        }
        types[29] = Types.TIMESTAMP;
        types[36] = Types.TIMESTAMP;
        return types;
    }
}
