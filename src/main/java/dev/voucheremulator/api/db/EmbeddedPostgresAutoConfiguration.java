package dev.voucheremulator.api.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;

/**
 * Starts a real PostgreSQL from the binaries shipped in the jar when no external database is
 * configured. An auto-configuration (not a plain @Configuration) so that it is evaluated after
 * user and test beans: a Testcontainers {@code @ServiceConnection} wins over it.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public class EmbeddedPostgresAutoConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresDirectory embeddedPostgresDirectory(EmbeddedPostgresProperties properties) throws IOException {
        return properties.persistent()
                ? EmbeddedPostgresDirectory.persistent(Path.of(properties.dataDirectory()))
                : EmbeddedPostgresDirectory.temporary(EmbeddedPostgresDirectory.defaultTemporaryParent());
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties, EmbeddedPostgresDirectory directory)
            throws IOException {
        // The library's defaults are test settings (fsync and synchronous_commit off): a crash may lose
        // acknowledged commits. Whenever state outlives the process, every commit reaches the disk first.
        String durable = properties.durable() ? "on" : "off";
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(properties.port())
                .setDataDirectory(directory.dataDirectory())
                // a persistent directory keeps its files between starts; a temporary one goes on close
                .setCleanDataDirectory(!properties.persistent())
                .setServerConfig("fsync", durable)
                .setServerConfig("synchronous_commit", durable)
                .setServerConfig("full_page_writes", durable)
                .start();
        ServerWatchdog.watch(directory.dataDirectory(), directory.removableRoot());
        return postgres;
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
        String url = postgres.getJdbcUrl("postgres", "postgres");
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "postgres";
            }

            @Override
            public String getPassword() {
                return "postgres";
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }
}
