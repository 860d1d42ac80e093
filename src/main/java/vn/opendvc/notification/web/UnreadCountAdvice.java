package vn.opendvc.notification.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

import vn.opendvc.identity.CurrentUser;
import vn.opendvc.notification.internal.Inbox;

/**
 * Every page gets {@code unreadNotifications}, the signed-in account's unread in-portal messages, for the bell in the
 * header; {@code null} for a visitor. An API call or a download costs no query: {@code @RestController} is a
 * {@code @Controller} too, so the handler itself is asked whether it renders a page.
 */
@ControllerAdvice(annotations = Controller.class)
class UnreadCountAdvice {

    private final Inbox inbox;

    UnreadCountAdvice(Inbox inbox) {
        this.inbox = inbox;
    }

    @ModelAttribute("unreadNotifications")
    Long unreadNotifications(HttpServletRequest request) {
        if (!rendersPage(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE))) {
            return null;
        }
        return CurrentUser.from(SecurityContextHolder.getContext().getAuthentication())
                .map(user -> inbox.unread(user.accountId())).orElse(null);
    }

    /** A handler that writes its answer itself (JSON, a file) shows no header. */
    static boolean rendersPage(Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return false;
        }
        return !method.hasMethodAnnotation(ResponseBody.class)
                && !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
                && !HttpEntity.class.isAssignableFrom(method.getReturnType().getParameterType());
    }
}
