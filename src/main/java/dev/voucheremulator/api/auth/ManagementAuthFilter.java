package dev.voucheremulator.api.auth;

import dev.voucheremulator.api.error.ApiException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Authenticates every {@code /management/v1/**} request with {@code X-Management-Id} +
 * {@code X-Management-Token}; app keys and bearer tokens do not count here. Open mode accepts any pair,
 * each management id its own account; strict mode only the configured {@code management-keys}.
 */
@Component
class ManagementAuthFilter extends OncePerRequestFilter {

    static final String ACCOUNT_ATTRIBUTE = ManagementAccount.class.getName();

    private final AuthProperties properties;
    private final Map<String, String> tokensByManagementId;
    private final HandlerExceptionResolver errors;

    ManagementAuthFilter(AuthProperties properties,
                         @Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) {
        this.properties = properties;
        this.tokensByManagementId = properties.tokensByManagementId();
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return !uri.startsWith("/management/") && !uri.equals("/management");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = header(request, "X-Management-Id");
        String token = header(request, "X-Management-Token");
        String problem = null;
        if (id == null || token == null) {
            problem = "Provide X-Management-Id and X-Management-Token headers";
        } else if (id.length() > AuthFilter.MAX_PROJECT_ID) {
            problem = "X-Management-Id should have at most " + AuthFilter.MAX_PROJECT_ID + " characters";
        } else if (properties.mode() == AuthProperties.Mode.STRICT && !token.equals(tokensByManagementId.get(id))) {
            problem = "Provide X-Management-Id and X-Management-Token headers of a management key";
        }
        if (problem != null) {
            errors.resolveException(request, response, null, new ApiException(HttpStatus.UNAUTHORIZED,
                    "unauthorized", "Unauthorized", problem, null, null));
            return;
        }
        request.setAttribute(ACCOUNT_ATTRIBUTE, new ManagementAccount(id));
        chain.doFilter(request, response);
    }

    private static String header(HttpServletRequest request, String name) {
        String value = request.getHeader(name);
        return StringUtils.hasText(value) ? value.trim() : null;
    }
}
