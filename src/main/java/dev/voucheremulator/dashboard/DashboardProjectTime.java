package dev.voucheremulator.dashboard;

import dev.voucheremulator.api.time.ProjectTime;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Dashboard pages see the time of the project they show ({@code app_id}), as its API calls do: a
 * project whose test clock stands in 2025 gets its default periods and "today" in 2025.
 */
@Component
class DashboardProjectTime extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/dashboard");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String appId = request.getParameter("app_id");
        if (!StringUtils.hasText(appId)) {
            chain.doFilter(request, response);
            return;
        }
        try (ProjectTime.Scope ignored = ProjectTime.enter(appId.trim())) {
            chain.doFilter(request, response);
        }
    }
}
