package dev.voucheremulator.api.docs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The document behind /v3/api-docs and Swagger UI: Voucherify's two ways to authenticate, so
 * "Authorize" asks for them, and a relative server, so "Try it out" calls whichever host serves the UI.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String APP_ID = "X-App-Id";
    private static final String APP_TOKEN = "X-App-Token";
    private static final String BEARER = "bearerAuth";

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
                        .addSecuritySchemes(BEARER, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")))
                // Requirements in one object are ANDed, separate objects are alternatives.
                .addSecurityItem(new SecurityRequirement().addList(APP_ID).addList(APP_TOKEN))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    private static SecurityScheme header(String name) {
        return new SecurityScheme()
                .type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER)
                .name(name);
    }
}
