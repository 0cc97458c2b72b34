package dev.voucheremulator.emulator.fault;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.api.recording.Unanswered;
import dev.voucheremulator.emulator.ErrorWriter;
import dev.voucheremulator.emulator.OfficialOperations;
import dev.voucheremulator.emulator.TrafficAttributes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.stereotype.Component;
import dev.voucheremulator.emulator.TrafficInterceptor;
import org.springframework.core.annotation.Order;

/**
 * Applies a project's fault rules before the handler runs: a delay, then an error answer instead of
 * the handler (so a failed call changes nothing), or the handler after the delay.
 */
@Component
@Order(2)
class FaultInterceptor implements TrafficInterceptor {

    private final FaultRules rules;
    private final OfficialOperations operations;
    private final ErrorWriter errors;

    FaultInterceptor(FaultRules rules, OfficialOperations operations, ErrorWriter errors) {
        this.rules = rules;
        this.operations = operations;
        this.errors = errors;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!(request.getAttribute(Project.class.getName()) instanceof Project project)) {
            return true;
        }
        String path = request.getRequestURI();
        String operationId = OfficialOperations.ofHandler(handler)
                .or(() -> operations.documented(request.getMethod(), path)).orElse(null);
        Optional<ActiveFault> fault = rules.firing(project.id(), request.getMethod(), path, operationId);
        if (fault.isEmpty()) {
            return true;
        }
        long delay = fault.get().delayMillis();
        if (delay > 0) {
            Thread.sleep(delay);
        }
        if (fault.get().rule().fault() != null) {
            request.setAttribute(TrafficAttributes.INJECTED, TrafficAttributes.DROPPED);
            request.setAttribute(ConnectionDropValve.DROP, Boolean.TRUE);
            request.setAttribute(Unanswered.ATTRIBUTE, Boolean.TRUE);
            return false;
        }
        FaultRule.Error error = fault.get().rule().error();
        if (error == null) {
            request.setAttribute(TrafficAttributes.INJECTED, "latency");
            return true;
        }
        request.setAttribute(TrafficAttributes.INJECTED, "fault");
        errors.write(response, error.status(), "Injected by the emulator's fault rule " + fault.get().id(),
                error.body());
        return false;
    }
}
