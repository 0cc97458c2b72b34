package dev.voucheremulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.hibernate.type.format.jackson.Jackson3JsonFormatMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** What {@link RepositoryTest} promises: real PostgreSQL, every migration, the application's JSON mapper. */
@RepositoryTest
class RepositoryTestSetupTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Flyway flyway;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    JsonMapper json;

    @Test
    void runsOnPostgresql17() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 17");
    }

    @Test
    void appliesEveryMigration() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).isNotEmpty();
    }

    @Test
    void givesHibernateTheApplicationsJsonMapper() {
        assertThat(entityManagerFactory.getProperties().get("hibernate.type.json_format_mapper"))
                .isInstanceOf(Jackson3JsonFormatMapper.class);
        // the wire format of the application's mapper, not Jackson's defaults
        assertThat(json.writeValueAsString(new Sample(Instant.parse("2025-01-01T00:00:00Z"), null)))
                .isEqualTo("{\"created_at\":\"2025-01-01T00:00:00.000Z\"}");
    }

    record Sample(Instant createdAt, String leftOut) {
    }
}
