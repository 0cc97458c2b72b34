package dev.voucheremulator.emulator;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.api.ids.IdRandomness;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Runs every API call of a project with a seed on the project's seeded id source. */
@Configuration(proxyBeanMethods = false)
class SeedInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private static final String SCOPE = SeedInterceptor.class.getName() + ".scope";

    private final SeedService seeds;

    SeedInterceptor(SeedService seeds) {
        this.seeds = seeds;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/v1/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(Project.REQUEST_ATTRIBUTE) instanceof Project project) {
            request.setAttribute(SCOPE, seeds.enter(project.id()));
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        if (request.getAttribute(SCOPE) instanceof IdRandomness.Scope scope) {
            request.removeAttribute(SCOPE);
            scope.close();
        }
    }
}
