package dev.voucheremulator.api.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voucheremulator.support.EmulatorTest;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Rows inserted just before their transaction commits, in one batch per statement, or never. */
@EmulatorTest
class DeferredInsertsTest {

    private static final String INSERT = "insert into campaign_order (campaign_id, order_id, counted_at) values (?, ?, ?)";
    private static final int[] TYPES = {Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP};

    @Autowired
    DeferredInserts inserts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

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

    private long rows() {
        return jdbc.queryForObject("select count(*) from campaign_order where campaign_id = ?", Long.class, campaign);
    }
}
