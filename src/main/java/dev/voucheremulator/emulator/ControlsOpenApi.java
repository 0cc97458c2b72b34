package dev.voucheremulator.emulator;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The controls get their own Swagger UI group, {@code emulator-controls}; the default document
 * (the Voucherify contract) leaves their paths out.
 */
@Configuration(proxyBeanMethods = false)
class ControlsOpenApi {

    static final String PREFIX = "/_emulator";

    @Bean
    GroupedOpenApi emulatorControls() {
        return GroupedOpenApi.builder()
                .group("emulator-controls")
                .displayName("Emulator controls")
                .pathsToMatch(PREFIX + "/**")
                .build();
    }

    @Bean
    OpenApiCustomizer contractWithoutControls() {
        return openApi -> {
            if (openApi.getPaths() != null) {
                openApi.getPaths().keySet().removeIf(path -> path.startsWith(PREFIX + "/"));
            }
        };
    }
}
