package dev.voucheremulator.webhook;

import dev.voucheremulator.support.PostgresTestConfiguration;
import dev.voucheremulator.support.SqlStatements;
import dev.voucheremulator.support.TestClockConfiguration;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The emulator as {@code @EmulatorTest} starts it, with webhooks registered in memory, delivered before
 * the triggering request answers, never cached, and no background poll: a test calls the dispatcher.
 * One context serves every class with this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "emulator.webhooks.delivery=sync",
        "emulator.webhooks.subscription-cache=PT0S",
        "emulator.webhooks.poll-interval=PT1H",
        "emulator.webhooks.timeout=PT2S"})
@Import({PostgresTestConfiguration.class, TestClockConfiguration.class, SqlStatements.class,
        WebhookTestConfiguration.class})
@interface WebhookTest {
}
