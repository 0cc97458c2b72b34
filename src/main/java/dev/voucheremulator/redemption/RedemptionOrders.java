package dev.voucheremulator.redemption;

import dev.voucheremulator.api.ids.ResourceIds;
import dev.voucheremulator.pricing.OrderRequest;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Gives the order of a redemption its identity: the same source_id is the same order in every request. */
@Component
class RedemptionOrders {

    private final JdbcClient jdbc;

    RedemptionOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The order's id: the one sent, the one its source_id already has, or a new ord_. */
    String identify(String projectId, OrderRequest order, Instant at) {
        if (hasText(order.id())) {
            jdbc.sql("""
                            insert into redemption_order (id, project_id, created_at) values (?, ?, ?)
                            on conflict (id) do nothing""")
                    .params(order.id(), projectId, Timestamp.from(at))
                    .update();
            return order.id();
        }
        if (hasText(order.sourceId())) {
            // an upsert, so two first redemptions of one order agree on its id
            return jdbc.sql("""
                            insert into redemption_order (id, project_id, source_id, created_at) values (?, ?, ?, ?)
                            on conflict (project_id, source_id) where source_id is not null
                            do update set source_id = excluded.source_id
                            returning id""")
                    .params(ResourceIds.order(), projectId, order.sourceId(), Timestamp.from(at))
                    .query(String.class)
                    .single();
        }
        String id = ResourceIds.order();
        jdbc.sql("insert into redemption_order (id, project_id, created_at) values (?, ?, ?)")
                .params(id, projectId, Timestamp.from(at))
                .update();
        return id;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
