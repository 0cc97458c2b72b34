package dev.voucheremulator.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole emulator on a random port, over real PostgreSQL (see {@link PostgresTestConfiguration}),
 * with a {@link MutableClock} that follows system time until a test pins it. One context serves
 * every class with this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({PostgresTestConfiguration.class, TestClockConfiguration.class, SqlStatements.class})
public @interface EmulatorTest {
}
