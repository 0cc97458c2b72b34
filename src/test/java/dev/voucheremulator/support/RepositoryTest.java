package dev.voucheremulator.support;

import dev.voucheremulator.api.db.EmbeddedPostgresAutoConfiguration;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.json.AutoConfigureJson;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * A repository slice: entities, repositories and Flyway's migrations on real PostgreSQL, nothing of
 * the web or the services. The database is the one {@link PostgresTestConfiguration} picks (a
 * Testcontainers container when Docker answers, otherwise the application's own embedded
 * PostgreSQL), never a replacement. The jsonb columns are written by the application's JSON mapper
 * (the {@code api.json} package: wire format plus the Hibernate {@code json_format_mapper}), as in
 * production. Each test runs in a transaction that is rolled back; {@link ReferencedRows} inserts
 * the rows foreign keys need. One context serves every class with this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJpaTest(showSql = false, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "dev\\.voucheremulator\\.api\\.json\\..*"))
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@AutoConfigureJson
@ImportAutoConfiguration(EmbeddedPostgresAutoConfiguration.class)
@Import({PostgresTestConfiguration.class, ReferencedRows.class})
public @interface RepositoryTest {
}
