package dev.voucheremulator.support;

import dev.voucheremulator.api.auth.AuthProperties;
import dev.voucheremulator.api.auth.IssuedTokens;
import dev.voucheremulator.api.auth.ProjectDirectory;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A web slice for the controllers named in {@link #value()}: MockMvc in front of the production
 * request pipeline (the auth filter, the argument resolver for {@code Project}, the error advice,
 * the application's JSON mapper with its strict scalar types, the auth mode from
 * application.properties), no database. The test class mocks
 * the services with {@code @MockitoBean}; the {@link ProjectDirectory} and {@link IssuedTokens}
 * ports the auth filter calls are mocked here (no token is an issued one). Send credentials with
 * {@link Credentials}, check error bodies with {@link ErrorBodyMatchers}.
 *
 * <p>The emulator controls' interceptors (seeds, journal, faults, quotas) are left out: they wrap
 * every API call with services of their own, which {@code EmulatorTest}s cover.
 *
 * <p>The exchange recorder is switched off: these responses come from mocks and must not reach the
 * contract check against the official schemas.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(properties = "spec.exchanges.file=false", includeFilters = @ComponentScan.Filter(
        type = FilterType.REGEX, pattern = "dev\\.voucheremulator\\.api\\.json\\..*"),
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
                pattern = "dev\\.voucheremulator\\.emulator\\..*"))
@EnableConfigurationProperties(AuthProperties.class)
@MockitoBean(types = {ProjectDirectory.class, IssuedTokens.class})
public @interface ControllerTest {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value();
}
