package dev.voucheremulator.emulator;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Quotas, then faults, on Voucherify's API paths only: a throttled call never reaches a fault rule,
 * and the controls under {@code /_emulator} are never throttled or failed; those get their one access rule.
 */
@Configuration(proxyBeanMethods = false)
class TrafficControlConfiguration implements WebMvcConfigurer {

    static final String[] API_PATHS = {"/v1/**", "/client/v1/**", "/management/v1/**"};

    private final List<HandlerInterceptor> interceptors;
    private final ControlAccessInterceptor controlAccess;

    TrafficControlConfiguration(List<TrafficInterceptor> interceptors, ControlAccessInterceptor controlAccess) {
        this.interceptors = List.copyOf(interceptors);
        this.controlAccess = controlAccess;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        interceptors.forEach(interceptor -> registry.addInterceptor(interceptor).addPathPatterns(API_PATHS));
        registry.addInterceptor(controlAccess).addPathPatterns(ControlsOpenApi.PREFIX + "/**");
    }
}
