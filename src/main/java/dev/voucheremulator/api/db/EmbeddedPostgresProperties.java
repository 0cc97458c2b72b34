package dev.voucheremulator.api.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Zero-setup database: used only when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where PostgreSQL keeps its files; empty means a fresh temporary
 *                      directory per start (state is lost on exit)
 * @param port          0 picks a free port
 * @param durability    whether an acknowledged write must survive a crash of the machine's processes
 */
@ConfigurationProperties("emulator.embedded-postgres")
public record EmbeddedPostgresProperties(String dataDirectory, int port, Durability durability) {

    /** How the embedded PostgreSQL trades durability for speed. */
    public enum Durability {
        /** FULL with a data directory (state outlives the process), FAST for a throwaway database. */
        AUTO,
        /** fsync on, synchronous_commit on: an acknowledged write survives SIGKILL and power loss. */
        FULL,
        /** fsync off, synchronous_commit off: the last writes may be lost when the processes die. */
        FAST
    }

    public boolean persistent() {
        return StringUtils.hasText(dataDirectory);
    }

    /** AUTO resolved against the data directory. */
    public boolean durable() {
        Durability chosen = durability == null ? Durability.AUTO : durability;
        return chosen == Durability.FULL || (chosen == Durability.AUTO && persistent());
    }
}
