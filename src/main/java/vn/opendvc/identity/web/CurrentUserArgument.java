package vn.opendvc.identity.web;

import java.util.Optional;

import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import vn.opendvc.identity.CurrentUser;

/**
 * Gives a controller method the signed-in account: a {@link CurrentUser} parameter is the account or a refusal, an
 * {@code Optional<CurrentUser>} parameter is empty for a visitor.
 * <p>
 * The refusal is an {@link AccessDeniedException}, so that the security configuration answers as it does for any
 * other protected path: on an API, {@link ApiAccessDenied} turns it into a 401 problem for an anonymous caller; on
 * a page, Spring Security sends the visitor to the login page. A signed-in principal that is not an OpenDVC account
 * (none is made today) gets a 403.
 */
class CurrentUserArgument implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CurrentUser.class || optionalOfCurrentUser(parameter);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Optional<CurrentUser> user = CurrentUser.from(SecurityContextHolder.getContext().getAuthentication());
        if (parameter.getParameterType() == Optional.class) {
            return user;
        }
        return user.orElseThrow(() -> new AccessDeniedException("sign-in required"));
    }

    private static boolean optionalOfCurrentUser(MethodParameter parameter) {
        return parameter.getParameterType() == Optional.class
                && ResolvableType.forMethodParameter(parameter).getGeneric(0).resolve() == CurrentUser.class;
    }
}
