package dev.voucheremulator.api.cache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts a write once it is over, whatever it answered (an error body or a streamed one included);
 * {@link ChangeTrackingAdvice} counts it already before a JSON body is written.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class ChangeTrackingFilter extends OncePerRequestFilter {

    private final ChangeTracking tracking;

    // A provider: controller test slices run without the database and so without ProjectChanges.
    ChangeTrackingFilter(ObjectProvider<ProjectChanges> changes) {
        this.tracking = new ChangeTracking(changes);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ChangeTracking.writes(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            tracking.finished(request);
        }
    }
}
