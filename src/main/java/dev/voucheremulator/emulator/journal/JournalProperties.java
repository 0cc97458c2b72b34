package dev.voucheremulator.emulator.journal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The request journal's settings: on or off, how many calls a project keeps (older ones are dropped),
 * how many bytes of each body are kept, and how many captured calls may wait for the writer.
 */
@ConfigurationProperties("emulator.journal")
record JournalProperties(@DefaultValue("true") boolean enabled,
                         @DefaultValue("1000") int retention,
                         @DefaultValue("16384") int maxBodyBytes,
                         @DefaultValue("10000") int queueCapacity) {
}
