package dev.voucheremulator.api.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What Tomcat answers by itself, before any filter or controller runs (a request line or header over
 * its limits, a NUL in the path, an unknown method), is written in Voucherify's JSON error body too.
 *
 * <p>Encoded slashes and backslashes in a path stay encoded in their segment, so a voucher code that
 * holds a {@code /} is reachable at its URL-encoded path ({@code /v1/vouchers/SLASH%2F1}), as the
 * SDKs send it.
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorsAndEncodedSlashes() {
        return factory -> {
            factory.addConnectorCustomizers(connector -> {
                connector.setEncodedSolidusHandling("passthrough");
                connector.setEncodedReverseSolidusHandling("passthrough");
            });
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
                }
            });
        };
    }
}
