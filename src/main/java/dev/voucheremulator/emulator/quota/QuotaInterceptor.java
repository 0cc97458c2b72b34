package dev.voucheremulator.emulator.quota;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.api.time.ProjectClocks;
import dev.voucheremulator.emulator.ErrorWriter;
import dev.voucheremulator.emulator.TrafficAttributes;
import dev.voucheremulator.emulator.TrafficInterceptor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Counts each authenticated API call of a project with limits: every answer carries
 * {@code X-Rate-Limit-Limit} and {@code -Remaining}; past the limit the call is answered 429 with
 * {@code X-Rate-Limit-Retry} (epoch seconds), {@code Retry-After} (seconds) and {@code X-Rate-Limit-Type},
 * and the handler never runs.
 */
@Component
@Order(1)
class QuotaInterceptor implements TrafficInterceptor {

    // Documented for client-side limits; the server-side 429 body is not documented, so the same words.
    static final String MESSAGE = "Too many requests hit the API too quickly.";

    private final Quotas quotas;
    private final ErrorWriter errors;
    private final ProjectClocks clocks;

    QuotaInterceptor(Quotas quotas, ErrorWriter errors, ProjectClocks clocks) {
        this.quotas = quotas;
        this.errors = errors;
        this.clocks = clocks;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!(request.getAttribute(Project.class.getName()) instanceof Project project)) {
            return true;
        }
        Optional<Quotas.Decision> taken = quotas.take(project.id(), isBulk(request.getRequestURI()));
        if (taken.isEmpty()) {
            return true;
        }
        Quotas.Decision decision = taken.get();
        response.setHeader("X-Rate-Limit-Limit", String.valueOf(decision.limit()));
        response.setHeader("X-Rate-Limit-Remaining", String.valueOf(decision.remaining()));
        if (decision.allowed()) {
            return true;
        }
        long waitMillis = Math.max(0, Duration.between(clocks.now(project.id()), decision.retryAt()).toMillis());
        response.setHeader("X-Rate-Limit-Retry", String.valueOf(Math.floorDiv(decision.retryAt().toEpochMilli() + 999, 1000)));
        response.setHeader("Retry-After", String.valueOf(Math.max(1, (waitMillis + 999) / 1000)));
        response.setHeader("X-Rate-Limit-Type", decision.type());
        request.setAttribute(TrafficAttributes.INJECTED, "quota");
        errors.write(response, 429, "The project's limit of " + decision.limit() + " " + decision.type().replace('_', ' ')
                + " per window is reached; retry after the Retry-After seconds", Map.of("message", MESSAGE));
        return false;
    }

    // Bulk and import endpoints count against bulk_api_calls, as Voucherify bills them separately.
    static boolean isBulk(String uri) {
        return uri.contains("/bulk") || uri.contains("/import") || uri.endsWith("/async");
    }
}
