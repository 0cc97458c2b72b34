package dev.voucheremulator.api.web;

import dev.voucheremulator.api.error.ApiException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * First in the chain: the query string must pass {@link QueryStrings}' strict parse, or the request
 * ends there with {@code 400 invalid_query_params}. Request bodies are never read as parameters: the
 * API speaks JSON, and a form or multipart body sent to it reaches the handler as a body of the wrong
 * media type (415), instead of being parsed, leniently and late, by the container. An API request
 * whose {@code Accept} admits no JSON ends here with {@code 406}: found only after the handler ran,
 * the refusal would come after its writes were committed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StrictRequestFilter extends OncePerRequestFilter {

    private final HandlerExceptionResolver errors;

    StrictRequestFilter(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) {
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String[]> parameters;
        try {
            parameters = QueryStrings.parse(request.getQueryString());
        } catch (QueryStrings.MalformedQueryException e) {
            errors.resolveException(request, response, null, ApiException.invalidQueryParams(e.getMessage()));
            return;
        }
        if (refusesJson(request)) {
            errors.resolveException(request, response, null,
                    new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON)));
            return;
        }
        // The container's own parsing of a query string that passed this check gives the same result;
        // only a form or multipart body must be kept from being parsed into parameters.
        chain.doFilter(hasFormBody(request) ? new QueryParameters(request, parameters) : request, response);
    }

    private static boolean refusesJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank() || !request.getRequestURI().startsWith("/v1/")) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .noneMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON));
        } catch (InvalidMediaTypeException e) {
            return false; // left to Spring MVC, as before
        }
    }

    private static boolean hasFormBody(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/");
    }

    private static final class QueryParameters extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        QueryParameters(HttpServletRequest request, Map<String, String[]> parameters) {
            super(request);
            this.parameters = parameters;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }
    }
}
