package dev.voucheremulator.support;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts, with plain SQL, the rows an entity under test points to by foreign key (project,
 * campaign, voucher, customer), filling only the columns the schema requires. Repository tests so
 * depend on the schema alone, not on another feature's entities or services.
 */
public class ReferencedRows {

    private final JdbcClient jdbc;

    ReferencedRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new project with a unique id. */
    public String project() {
        String id = "repository-test-" + UUID.randomUUID();
        jdbc.sql("insert into project (id, created_at) values (?, now())").param(id).update();
        return id;
    }

    public String campaign(String projectId, String name) {
        String id = "camp_" + unique();
        jdbc.sql("""
                insert into campaign (id, project_id, name, campaign_type, type, creation_status, created_at)
                values (?, ?, ?, 'DISCOUNT_COUPONS', 'AUTO_UPDATE', 'DONE', now())""")
                .params(id, projectId, name).update();
        return id;
    }

    public String voucher(String projectId, String campaignId, String code) {
        String id = "v_" + unique();
        jdbc.sql("""
                insert into voucher (id, project_id, code, campaign_id, type, created_at)
                values (?, ?, ?, ?, 'DISCOUNT_VOUCHER', now())""")
                .params(id, projectId, code, campaignId).update();
        return id;
    }

    public String customer(String projectId) {
        String id = "cust_" + unique();
        jdbc.sql("insert into customer (id, project_id, created_at) values (?, ?, now())").params(id, projectId).update();
        return id;
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
