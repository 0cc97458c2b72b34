package dev.voucheremulator.support;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;

/** True when Docker answers, unless {@code -Dtests.database=embedded} forces the embedded database. */
class DockerAvailable implements Condition {

    private static volatile Boolean available;

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        if ("embedded".equals(context.getEnvironment().getProperty("tests.database"))) {
            return false;
        }
        if (available == null) {
            available = probe();
        }
        return available;
    }

    private static boolean probe() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
