package dev.voucheremulator.api.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Zero-setup database: used only when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where PostgreSQL keeps its files; empty means a fresh temporary
 *                      directory per start (state is lost on exit)
 * @param port          0 picks a free port
 */
@ConfigurationProperties("emulator.embedded-postgres")
public record EmbeddedPostgresProperties(String dataDirectory, int port) {
}
