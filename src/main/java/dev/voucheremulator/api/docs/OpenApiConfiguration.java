package dev.voucheremulator.api.docs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The document behind /v3/api-docs and Swagger UI: Voucherify's two ways to authenticate, so
 * "Authorize" asks for them (and the management keys of /management/v1), and a relative server, so "Try it out" calls whichever host serves the UI.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String APP_ID = "X-App-Id";
    private static final String APP_TOKEN = "X-App-Token";
    private static final String BEARER = "bearerAuth";
    private static final String MANAGEMENT_ID = "X-Management-Id";
    private static final String MANAGEMENT_TOKEN = "X-Management-Token";

    @Bean
    OpenAPI emulatorOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Voucherify API emulator")
                        .version("v1")
                        .description("An unofficial, stateful emulator of the Voucherify API for development "
                                + "and tests. Not affiliated with Voucherify; operation ids and paths follow "
                                + "the official API reference."))
                .addServersItem(new Server().url("/").description("This emulator"))
                .components(new Components()
                        .addSecuritySchemes(APP_ID, header(APP_ID))
                        .addSecuritySchemes(APP_TOKEN, header(APP_TOKEN))
                        .addSecuritySchemes(MANAGEMENT_ID, header(MANAGEMENT_ID))
                        .addSecuritySchemes(MANAGEMENT_TOKEN, header(MANAGEMENT_TOKEN))
                        .addSecuritySchemes(BEARER, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")))
                // Requirements in one object are ANDed, separate objects are alternatives.
                .addSecurityItem(new SecurityRequirement().addList(APP_ID).addList(APP_TOKEN))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** The Management API takes the management keys only, instead of the app keys or a bearer token. */
    @Bean
    OpenApiCustomizer managementSecurity() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                if (path.startsWith("/management/")) {
                    item.readOperations().forEach(operation -> operation.setSecurity(List.of(
                            new SecurityRequirement().addList(MANAGEMENT_ID).addList(MANAGEMENT_TOKEN))));
                }
            });
        };
    }

    private static SecurityScheme header(String name) {
        return new SecurityScheme()
                .type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER)
                .name(name);
    }
}
