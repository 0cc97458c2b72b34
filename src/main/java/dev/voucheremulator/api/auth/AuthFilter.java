package dev.voucheremulator.api.auth;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.time.ProjectTime;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Authenticates every {@code /v1/**} and {@code /_emulator/projects/**} request with {@code X-App-Id} + {@code X-App-Token} or
 * {@code Authorization: Bearer}. When both arrive (the docs' curl examples send all three headers),
 * X-App-Id names the project. A bearer token issued by {@code POST /v1/oauth/token} names the project
 * it was issued for until it is revoked or expires, in either mode; any other bearer token names its
 * own project in open mode, and must be a configured app token in strict mode. The app keys of a project
 * created through the Management API name that project in either mode, until it is deleted.
 */
@Component
class AuthFilter extends OncePerRequestFilter {

    static final String PROJECT_ATTRIBUTE = Project.REQUEST_ATTRIBUTE;
    static final String PROJECT_CONTROLS = "/_emulator/projects/";
    /** A project id is stored and indexed; real app ids are 36 characters. */
    static final int MAX_PROJECT_ID = 255;

    private final AuthProperties properties;
    private final Map<String, String> tokensByAppId;
    private final ProjectDirectory projects;
    private final IssuedTokens issuedTokens;
    private final HandlerExceptionResolver errors;

    AuthFilter(AuthProperties properties, ProjectDirectory projects, IssuedTokens issuedTokens,
               @Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) {
        this.properties = properties;
        this.tokensByAppId = properties.tokensByAppId();
        this.projects = projects;
        this.issuedTokens = issuedTokens;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        // The per-project emulator controls authenticate like the API: the caller's X-App-Id names the project.
        return !uri.startsWith("/v1/") && !uri.equals("/v1") && !uri.startsWith(PROJECT_CONTROLS);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // A control without credentials goes on without a project: controls are open, and the path names
        // their project; credentials, when sent, must authenticate and name that project (emulator module).
        if (request.getRequestURI().startsWith(PROJECT_CONTROLS) && header(request, "X-App-Id") == null
                && header(request, "X-App-Token") == null && header(request, HttpHeaders.AUTHORIZATION) == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> projectId = authenticate(request);
        if (projectId.isEmpty()) {
            // Rendered by the same advice as every other error, so the body is Voucherify's.
            errors.resolveException(request, response, null, new ApiException(HttpStatus.UNAUTHORIZED,
                    "unauthorized", "Unauthorized",
                    "Provide X-App-Id and X-App-Token headers, or Authorization: Bearer <token>", null, null));
            return;
        }
        if (projectId.get().length() > MAX_PROJECT_ID) {
            errors.resolveException(request, response, null, new ApiException(HttpStatus.UNAUTHORIZED,
                    "unauthorized", "Unauthorized", "X-App-Id (or the bearer token naming the project) should have at most "
                    + MAX_PROJECT_ID + " characters", null, null));
            return;
        }
        projects.ensureExists(projectId.get());
        request.setAttribute(PROJECT_ATTRIBUTE, new Project(projectId.get()));
        // the clock answers this project's time for the rest of the request
        try (ProjectTime.Scope ignored = ProjectTime.enter(projectId.get())) {
            chain.doFilter(request, response);
        }
    }

    private Optional<String> authenticate(HttpServletRequest request) {
        String appId = header(request, "X-App-Id");
        String appToken = header(request, "X-App-Token");
        String bearer = bearerToken(request);
        String token = Optional.ofNullable(appToken).orElse(bearer);
        if (appId != null) {
            if (token == null) {
                return Optional.empty();
            }
            if (appToken == null) {
                Optional<IssuedTokens.IssuedToken> issued = issuedTokens.find(bearer);
                if (issued.isPresent()) {
                    return issued.filter(t -> t.active() && t.projectId().equals(appId)).map(t -> appId);
                }
            }
            // Keys a Management API project was created with work in either mode, until it is deleted.
            Optional<ProjectDirectory.IssuedKey> key = projects.issuedKey(appId);
            if (key.isPresent()) {
                return key.filter(k -> k.active() && k.appToken().equals(token)).map(k -> appId);
            }
            return switch (properties.mode()) {
                case OPEN -> Optional.of(appId);
                case STRICT -> token.equals(tokensByAppId.get(appId)) ? Optional.of(appId) : Optional.empty();
            };
        }
        if (bearer == null) {
            return Optional.empty();
        }
        Optional<IssuedTokens.IssuedToken> issued = issuedTokens.find(bearer);
        if (issued.isPresent()) {
            return issued.filter(IssuedTokens.IssuedToken::active).map(IssuedTokens.IssuedToken::projectId);
        }
        return switch (properties.mode()) {
            case OPEN -> Optional.of(bearer);
            case STRICT -> tokensByAppId.entrySet().stream()
                    .filter(e -> e.getValue().equals(bearer))
                    .map(Map.Entry::getKey)
                    .findFirst();
        };
    }

    private static String header(HttpServletRequest request, String name) {
        String value = request.getHeader(name);
        return StringUtils.hasText(value) ? value.trim() : null;
    }

    private static String bearerToken(HttpServletRequest request) {
        String value = header(request, HttpHeaders.AUTHORIZATION);
        if (value == null || !value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = value.substring(7).trim();
        return token.isEmpty() ? null : token;
    }
}
