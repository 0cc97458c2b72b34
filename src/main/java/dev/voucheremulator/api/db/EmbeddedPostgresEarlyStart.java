package dev.voucheremulator.api.db;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL as soon as the configuration is known, in parallel with the
 * application context, when no external database is configured. Registered by the application's
 * {@code main} only: test contexts, which may bring a database of their own, start it when a bean
 * asks for it, as before.
 */
public final class EmbeddedPostgresEarlyStart implements ApplicationListener<SpringApplicationEvent> {

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            ConfigurableEnvironment environment = prepared.getEnvironment();
            if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
                return;
            }
            Binder.get(environment).bind("emulator.embedded-postgres", EmbeddedPostgresProperties.class)
                    .ifBound(EmbeddedPostgresServer::startInBackground);
        } else if (event instanceof ApplicationFailedEvent) {
            EmbeddedPostgresServer.discardUnclaimed();
        }
    }
}
