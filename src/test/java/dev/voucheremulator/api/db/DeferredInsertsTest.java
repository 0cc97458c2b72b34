package dev.voucheremulator.api.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voucheremulator.support.EmulatorTest;
import dev.voucheremulator.support.SqlStatements;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Rows inserted just before their transaction commits, all in one statement, or never. */
@EmulatorTest
class DeferredInsertsTest {

    private static final String INSERT = "insert into campaign_order (campaign_id, order_id, counted_at) values (?, ?, ?)";
    private static final String REFERRAL =
            "insert into campaign_referral (campaign_id, customer_id, first_at) values (?, ?, ?)";
    private static final int[] TYPES = {Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP};
    private static final String GUARD =
            "update campaign_order set rolled_back_at = now() where campaign_id = ? and order_id = ? returning 1";
    private static final int[] GUARD_TYPES = {Types.VARCHAR, Types.VARCHAR};

    @Autowired
    DeferredInserts inserts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    SqlStatements sql;

    final String campaign = "camp_" + UUID.randomUUID();
    final Timestamp at = Timestamp.from(Instant.parse("2026-05-01T10:00:00Z"));

    @Test
    void rowsGoInWhenTheTransactionCommitsAndNotBefore() {
        Long seenInside = new TransactionTemplate(transactions).execute(status -> {
            for (int i = 0; i < 3; i++) {
                inserts.insert(INSERT, TYPES, campaign, "ord_" + i, at);
            }
            return rows();
        });

        assertThat(seenInside).isZero();
        assertThat(rows()).isEqualTo(3);
    }

    @Test
    void rowsOfSeveralTablesGoInByOneStatement() {
        sql.clear();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            inserts.insert(INSERT, TYPES, campaign, "ord_1", at);
            inserts.insert(REFERRAL, TYPES, campaign, "cust_1", at);
            inserts.insert(INSERT, TYPES, campaign, "ord_2", at);
            inserts.insert(REFERRAL, TYPES, campaign, "cust_2", at);
        });

        assertThat(rows()).isEqualTo(2);
        assertThat(jdbc.queryForList("select customer_id from campaign_referral where campaign_id = ? order by 1",
                String.class, campaign)).containsExactly("cust_1", "cust_2");
        assertThat(sql.ofThisThread().stream().map(s -> s.sql().strip()).filter(s -> s.contains("insert into")))
                .singleElement().asString()
                .startsWith("with deferred_1 as (insert into campaign_order")
                .contains("insert into campaign_referral");
    }

    @Test
    void aStatementAddedWholeGoesInWithTheRowsAndItsClausesJoinTheirs() {
        sql.clear();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            inserts.insert(INSERT, TYPES, campaign, "ord_1", at);
            inserts.statement(List.of("named as (select cast(? as text) as customer_id)"),
                    "insert into campaign_referral (campaign_id, customer_id, first_at) "
                            + "select ?, customer_id, cast(? as timestamptz) from named",
                    TYPES, "cust_1", campaign, at);
            inserts.insert(INSERT, TYPES, campaign, "ord_2", at);
        });

        assertThat(rows()).isEqualTo(2);
        assertThat(referrals()).containsExactly("cust_1");
        assertThat(insertsSent()).singleElement().asString()
                .startsWith("with deferred_1 as (insert into campaign_order")
                .contains("named as (select").endsWith("from named");
    }

    @Test
    void whatATaskAddsJustBeforeTheWritesAreSentGoesWithThem() {
        sql.clear();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            inserts.beforeSending(() -> inserts.insert(REFERRAL, TYPES, campaign, "cust_late", at));
            inserts.insert(INSERT, TYPES, campaign, "ord_1", at);
        });

        assertThat(rows()).isEqualTo(1);
        assertThat(referrals()).containsExactly("cust_late");
        assertThat(insertsSent()).hasSize(1);
    }

    @Test
    void aGuardThatChangesItsRowLetsTheWritesIn() {
        jdbc.update("insert into campaign_order (campaign_id, order_id, counted_at) values (?, 'ord_0', ?)",
                campaign, at);
        sql.clear();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            inserts.insert(INSERT, TYPES, campaign, "ord_1", at);
            inserts.guard(GUARD, GUARD_TYPES, campaign, "ord_0");
        });

        assertThat(rows()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select rolled_back_at is not null from campaign_order where order_id = 'ord_0'"
                + " and campaign_id = ?", Boolean.class, campaign)).isTrue();
        assertThat(insertsSent()).singleElement().asString().contains("update campaign_order");
    }

    @Test
    void aGuardThatChangesNoRowRollsTheWholeTransactionBack() {
        jdbc.update("insert into campaign_order (campaign_id, order_id, counted_at) values (?, 'ord_0', ?)",
                campaign, at);
        TransactionTemplate template = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> template.executeWithoutResult(status -> {
            jdbc.update("update campaign_order set counted_at = now() where campaign_id = ?", campaign);
            inserts.insert(INSERT, TYPES, campaign, "ord_1", at);
            inserts.guard(GUARD, GUARD_TYPES, campaign, "ord_missing");
        })).isInstanceOf(DeferredInserts.GuardFailed.class);

        assertThat(rows()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select counted_at from campaign_order where campaign_id = ?",
                Timestamp.class, campaign)).isEqualTo(at);
    }

    @Test
    void aGuardHoldsForMoreRowsThanOneStatementTakesToo() {
        int many = 65_535 / TYPES.length + 1;
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int i = 0; i < many; i++) {
                inserts.insert(INSERT, TYPES, campaign, "ord_" + i, at);
            }
            inserts.guard(GUARD, GUARD_TYPES, campaign, "ord_missing");
        })).isInstanceOf(DeferredInserts.GuardFailed.class);

        assertThat(rows()).isZero();
    }

    @Test
    void moreRowsThanOneStatementTakesGoInToo() {
        // more parameters than PostgreSQL takes in one statement (65,535)
        int many = 65_535 / TYPES.length + 1;
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int i = 0; i < many; i++) {
                inserts.insert(INSERT, TYPES, campaign, "ord_" + i, at);
            }
        });

        assertThat(rows()).isEqualTo(many);
    }

    @Test
    void aStatementOtherThanAnInsertOfOneRowIsRefused() {
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status ->
                inserts.insert("update campaign_order set counted_at = ? where order_id = ?",
                        new int[]{Types.TIMESTAMP, Types.VARCHAR}, at, "ord_1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRolledBackTransactionInsertsNothing() {
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            inserts.insert(INSERT, TYPES, campaign, "ord_1", at);
            throw new IllegalStateException("the write fails later");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(rows()).isZero();
    }

    @Test
    void outsideATransactionARowGoesInAtOnce() {
        inserts.insert(INSERT, TYPES, campaign, "ord_1", at);

        assertThat(rows()).isEqualTo(1);
        assertThatThrownBy(() -> inserts.insert(INSERT, TYPES, campaign, "ord_2"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<String> referrals() {
        return jdbc.queryForList("select customer_id from campaign_referral where campaign_id = ? order by 1",
                String.class, campaign);
    }

    private List<String> insertsSent() {
        return sql.ofThisThread().stream().map(s -> s.sql().strip()).filter(s -> s.contains("insert into")).toList();
    }

    private long rows() {
        return jdbc.queryForObject("select count(*) from campaign_order where campaign_id = ?", Long.class, campaign);
    }
}
