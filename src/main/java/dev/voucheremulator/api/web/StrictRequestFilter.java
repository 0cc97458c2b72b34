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
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * First in the chain: the request's parameters are its query string, parsed strictly by
 * {@link QueryStrings}. Request bodies are never read as parameters: the API speaks JSON, and a form
 * or multipart body sent to it reaches the handler as a body of the wrong media type (415), instead
 * of being parsed, leniently and late, by the container.
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
        chain.doFilter(new QueryParameters(request, parameters), response);
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
