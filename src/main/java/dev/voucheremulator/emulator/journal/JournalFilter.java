package dev.voucheremulator.emulator.journal;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.emulator.OfficialOperations;
import dev.voucheremulator.emulator.TrafficAttributes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Captures every Voucherify API call of a project (never the {@code /_emulator} controls) and hands it
 * to the {@link JournalWriter}'s queue before the response leaves, so a journal read that flushes first
 * sees the caller's own calls. Runs outside authentication, so rejected calls are journaled too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class JournalFilter extends OncePerRequestFilter {

    private static final int MAX_PROJECT_ID = 255;
    /** Where the journal keeps Management API calls that name no project. */
    static final String MANAGEMENT = "management";
    private static final String MANAGEMENT_PROJECTS = "/management/v1/projects";
    // /management/v1/projects/users/invite is the account's, not a project named "users"
    private static final Set<String> ACCOUNT_PATHS = Set.of("users");

    private final JournalWriter writer;
    private final JournalProperties properties;
    private final OfficialOperations operations;
    private final Clock clock;

    JournalFilter(JournalWriter writer, JournalProperties properties, OfficialOperations operations, Clock clock) {
        this.writer = writer;
        this.properties = properties;
        this.operations = operations;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !properties.enabled() || !TrafficAttributes.isApiCall(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        var at = clock.instant();
        ContentCachingRequestWrapper requestCopy = new ContentCachingRequestWrapper(request, properties.maxBodyBytes());
        ContentCachingResponseWrapper responseCopy = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(requestCopy, responseCopy);
        } finally {
            try {
                capture(requestCopy, responseCopy, at, started);
            } finally {
                responseCopy.copyBodyToResponse();
            }
        }
    }

    private void capture(ContentCachingRequestWrapper request, ContentCachingResponseWrapper response,
                         java.time.Instant at, long started) {
        Optional<String> projectId = project(request);
        if (projectId.isEmpty()) {
            return;
        }
        Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
        Optional<String> implemented = OfficialOperations.ofHandler(handler);
        String path = request.getRequestURI();
        // No handler took it (route miss or method miss): a documented operation the emulator lacks, or noise.
        boolean unmatched = !(handler instanceof HandlerMethod)
                && (response.getStatus() == 404 || response.getStatus() == 405);
        Optional<String> operationId = implemented.isPresent() ? implemented
                : operations.documented(request.getMethod(), path);
        String injected = (String) request.getAttribute(TrafficAttributes.INJECTED);
        int status = TrafficAttributes.DROPPED.equals(injected) ? 0 : response.getStatus();
        writer.enqueue(new CapturedCall(projectId.get(), at, request.getMethod(), path, request.getQueryString(),
                operationId.orElse(null), status, request.getContentAsByteArray(),
                bounded(response.getContentAsByteArray()), (int) ((System.nanoTime() - started) / 1_000_000),
                unmatched, unmatched && operationId.isPresent(), injected));
    }

    private byte[] bounded(byte[] body) {
        return body.length <= properties.maxBodyBytes() ? body : Arrays.copyOf(body, properties.maxBodyBytes());
    }

    /**
     * A Management API call: the project its path names; else (the account's project list, user invites)
     * the reserved journal key {@value #MANAGEMENT}. Any other call: the authenticated project, else the
     * X-App-Id sent (a rejected call still names one).
     */
    static Optional<String> project(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.startsWith(MANAGEMENT_PROJECTS)) {
            String rest = path.substring(MANAGEMENT_PROJECTS.length());
            String named = rest.startsWith("/") ? rest.substring(1).split("/", 2)[0] : "";
            boolean projectPath = !named.isBlank() && !ACCOUNT_PATHS.contains(named) && named.length() <= MAX_PROJECT_ID;
            return Optional.of(projectPath ? named : MANAGEMENT);
        }
        if (path.startsWith("/management/")) {
            return Optional.of(MANAGEMENT);
        }
        if (request.getAttribute(Project.class.getName()) instanceof Project project) {
            return Optional.of(project.id());
        }
        String appId = request.getHeader("X-App-Id");
        return appId == null || appId.isBlank() || appId.trim().length() > MAX_PROJECT_ID
                ? Optional.empty() : Optional.of(appId.trim());
    }
}
