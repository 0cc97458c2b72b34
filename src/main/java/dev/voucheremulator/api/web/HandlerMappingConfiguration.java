package dev.voucheremulator.api.web;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Routes with {@link PrefixCheckedHandlerMapping} instead of Spring's own. */
@Configuration(proxyBeanMethods = false)
class HandlerMappingConfiguration {

    @Bean
    WebMvcRegistrations prefixCheckedHandlerMapping() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new PrefixCheckedHandlerMapping();
            }
        };
    }
}
