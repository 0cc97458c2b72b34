package dev.voucheremulator.api.auth;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Hands the authenticated {@link ManagementAccount} to controller methods that declare it. */
class ManagementAccountArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ManagementAccount.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Object account = webRequest.getAttribute(ManagementAuthFilter.ACCOUNT_ATTRIBUTE,
                RequestAttributes.SCOPE_REQUEST);
        if (account == null) {
            throw new IllegalStateException("ManagementAccount used outside /management/**, where no filter sets it");
        }
        return account;
    }
}
