package dev.voucheremulator.emulator;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.api.error.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.UriUtils;

/**
 * The one access rule of every control under {@code /_emulator}, whichever module serves it:
 * <ul>
 *   <li>with {@code emulator.controls.token} set, the call must send it in {@code X-Emulator-Token} (401),
 *       except the webhook deliveries a capture sink receives;</li>
 *   <li>a per-project control ({@code /_emulator/projects/{projectId}/...}, {@code projectId} being the
 *       X-App-Id the project's requests send) needs no credentials; when it does send project credentials,
 *       they must name that same project (403), so a test never resets a neighbour by a typo.</li>
 * </ul>
 */
@Component
class ControlAccessInterceptor implements HandlerInterceptor {

    static final String TOKEN_HEADER = "X-Emulator-Token";
    private static final String PROJECTS = ControlsOpenApi.PREFIX + "/projects/";
    private static final String SINKS = ControlsOpenApi.PREFIX + "/sinks/";

    private final ControlAccessProperties properties;

    ControlAccessInterceptor(ControlAccessProperties properties) {
        this.properties = properties;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (properties.guarded() && !isDelivery(request) && !sameToken(request.getHeader(TOKEN_HEADER), properties.token())) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                    "This emulator guards its controls: send the configured token in " + TOKEN_HEADER, null, null);
        }
        String projectId = projectOf(request.getRequestURI());
        if (projectId != null && request.getAttribute(Project.REQUEST_ATTRIBUTE) instanceof Project caller
                && !caller.id().equals(projectId)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "The credentials name project " + caller.id() + ", not " + projectId, projectId, "project");
        }
        return true;
    }

    /** What a capture sink receives comes from webhook senders, which know no control token. */
    private static boolean isDelivery(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && request.getRequestURI().startsWith(SINKS);
    }

    /** The {@code {projectId}} segment of a per-project control, or null for a global one. */
    static String projectOf(String uri) {
        if (!uri.startsWith(PROJECTS)) {
            return null;
        }
        int end = uri.indexOf('/', PROJECTS.length());
        String id = end < 0 ? uri.substring(PROJECTS.length()) : uri.substring(PROJECTS.length(), end);
        return id.isEmpty() ? null : UriUtils.decode(id, StandardCharsets.UTF_8);
    }

    private static boolean sameToken(String sent, String expected) {
        return sent != null && MessageDigest.isEqual(sent.trim().getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
