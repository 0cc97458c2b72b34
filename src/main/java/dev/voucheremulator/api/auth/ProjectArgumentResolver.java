package dev.voucheremulator.api.auth;

import dev.voucheremulator.api.error.ApiException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Hands the authenticated {@link Project} to controller methods that declare it. */
class ProjectArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Project.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Object project = webRequest.getAttribute(AuthFilter.PROJECT_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (project == null) {
            // an emulator control that needs the project's credentials, called without any
            throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                    "Provide X-App-Id and X-App-Token headers, or Authorization: Bearer <token>", null, null);
        }
        return project;
    }
}
