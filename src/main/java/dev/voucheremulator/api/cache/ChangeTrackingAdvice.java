package dev.voucheremulator.api.cache;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Counts a write after its transaction committed and before its body is written, so a caller that
 * reads right after the answer never gets what a cache held from before the write.
 */
@ControllerAdvice
class ChangeTrackingAdvice implements ResponseBodyAdvice<Object> {

    private final ChangeTracking tracking;

    // A provider: controller test slices run without the database and so without ProjectChanges.
    ChangeTrackingAdvice(ObjectProvider<ProjectChanges> changes) {
        this.tracking = new ChangeTracking(changes);
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
                                  Class<? extends HttpMessageConverter<?>> selectedConverterType,
                                  ServerHttpRequest request, ServerHttpResponse response) {
        if (request instanceof ServletServerHttpRequest servlet) {
            tracking.finished(servlet.getServletRequest());
        }
        return body;
    }
}
