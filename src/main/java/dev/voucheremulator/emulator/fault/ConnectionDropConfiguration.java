package dev.voucheremulator.emulator.fault;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConnectionDropConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> connectionDropValve() {
        return factory -> factory.addContextValves(new ConnectionDropValve());
    }
}
