package vn.opendvc.identity.web;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.opendvc.identity.CurrentUser;

/** Every page gets {@code currentUser}: the signed-in account, or {@code null} when anonymous. */
@ControllerAdvice
class CurrentUserAdvice {

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return CurrentUser.from(SecurityContextHolder.getContext().getAuthentication()).orElse(null);
    }
}
