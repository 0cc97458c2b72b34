package dev.voucheremulator.order;

import dev.voucheremulator.api.db.DeferredInserts;
import dev.voucheremulator.api.ids.ResourceIds;
import dev.voucheremulator.pricing.OrderCalculated;
import dev.voucheremulator.pricing.OrderStatus;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The order of a redemption or validation in one upsert: the same id, or the same source_id, is the
 * same order in every request, and two first redemptions of one order agree on its id. A null status
 * keeps the stored one (CREATED for a new order). The statement also answers the status the order had
 * before, so a caller knows whether this made it PAID.
 */
@Component
class RedeemedOrders {

    record Recorded(String id, OrderStatus previous) {
    }

    private static final String COLUMNS = """
            (id, project_id, source_id, status, amount, initial_amount, discount_amount, items_discount_amount,
             total_discount_amount, total_amount, applied_discount_amount, items_applied_discount_amount,
             total_applied_discount_amount, items, metadata, customer_id, redemptions, created_at)
            values (:id, :project, :source, coalesce(cast(:status as text), 'CREATED'), :amount, :initial, :discount, :itemsDiscount, :totalDiscount,
             :total, :applied, :itemsApplied, :totalApplied, cast(:items as jsonb), cast(:metadata as jsonb),
             :customer, cast(:redemptions as jsonb), :at)""";

    private static final String UPDATE = """
            do update set status = coalesce(cast(:status as text), orders.status), amount = excluded.amount,
             initial_amount = excluded.initial_amount, discount_amount = excluded.discount_amount,
             items_discount_amount = excluded.items_discount_amount,
             total_discount_amount = excluded.total_discount_amount, total_amount = excluded.total_amount,
             applied_discount_amount = excluded.applied_discount_amount,
             items_applied_discount_amount = excluded.items_applied_discount_amount,
             total_applied_discount_amount = excluded.total_applied_discount_amount,
             items = coalesce(excluded.items, orders.items), metadata = coalesce(excluded.metadata, orders.metadata),
             customer_id = coalesce(excluded.customer_id, orders.customer_id),
             redemptions = coalesce(orders.redemptions, '{}'::jsonb) || excluded.redemptions,
             updated_at = excluded.created_at, version = orders.version + 1""";

    private static final String INSERT_NEW = """
            insert into orders (id, project_id, status, amount, initial_amount, discount_amount, items_discount_amount,
             total_discount_amount, total_amount, applied_discount_amount, items_applied_discount_amount,
             total_applied_discount_amount, items, metadata, customer_id, redemptions, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, cast(? as jsonb), ?)""";
    private static final int[] NEW_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.BIGINT,
            Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP};

    private final JdbcClient jdbc;
    private final DeferredInserts inserts;
    private final JsonMapper json;

    RedeemedOrders(JdbcClient jdbc, DeferredInserts inserts, JsonMapper json) {
        this.jdbc = jdbc;
        this.inserts = inserts;
        this.json = json;
    }

    Recorded upsert(String projectId, String id, String sourceId, OrderStatus status, OrderCalculated order,
                    Map<String, Object> metadata, String customerId,
                    Map<String, OrderCalculated.RedemptionLink> links, Instant at) {
        String sql;
        String newId = hasText(id) ? id : ResourceIds.order();
        if (hasText(id)) {
            // an id another project uses updates nothing: the redemption still names it
            sql = "with old as (select status from orders where id = :id and project_id = :project) "
                    + "insert into orders " + COLUMNS + " on conflict (id) " + UPDATE
                    + " where orders.project_id = excluded.project_id returning id, (select status from old) as previous";
            sourceId = null;
        } else if (hasText(sourceId)) {
            sql = "with old as (select status from orders where project_id = :project and source_id = :source) "
                    + "insert into orders " + COLUMNS
                    + " on conflict (project_id, source_id) where source_id is not null " + UPDATE
                    + " returning id, (select status from old) as previous";
        } else {
            // a new order: nothing can conflict, so its row waits for the commit with the others of the batch
            inserts.insert(INSERT_NEW, NEW_TYPES, newId, projectId, status == null ? "CREATED" : status.name(),
                    order.amount(), order.initialAmount(), order.discountAmount(), order.itemsDiscountAmount(),
                    order.totalDiscountAmount(), order.totalAmount(), order.appliedDiscountAmount(),
                    order.itemsAppliedDiscountAmount(), order.totalAppliedDiscountAmount(),
                    order.items() == null ? null : json.writeValueAsString(order.items()),
                    metadata == null ? null : json.writeValueAsString(metadata), customerId,
                    json.writeValueAsString(links), Timestamp.from(at));
            return new Recorded(newId, null);
        }
        return jdbc.sql(sql)
                .param("id", newId)
                .param("project", projectId)
                .param("source", sourceId)
                .param("status", status == null ? null : status.name())
                .param("amount", order.amount())
                .param("initial", order.initialAmount())
                .param("discount", order.discountAmount())
                .param("itemsDiscount", order.itemsDiscountAmount())
                .param("totalDiscount", order.totalDiscountAmount())
                .param("total", order.totalAmount())
                .param("applied", order.appliedDiscountAmount())
                .param("itemsApplied", order.itemsAppliedDiscountAmount())
                .param("totalApplied", order.totalAppliedDiscountAmount())
                .param("items", order.items() == null ? null : json.writeValueAsString(order.items()))
                .param("metadata", metadata == null ? null : json.writeValueAsString(metadata))
                .param("customer", customerId)
                .param("redemptions", json.writeValueAsString(links))
                .param("at", Timestamp.from(at))
                .query((rs, n) -> new Recorded(rs.getString("id"),
                        rs.getString("previous") == null ? null : OrderStatus.valueOf(rs.getString("previous"))))
                .optional()
                .orElse(new Recorded(newId, null));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
