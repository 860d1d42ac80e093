package vn.opendvc.identity.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.opendvc.web.Problems;

/**
 * Method security ({@code @PreAuthorize}) refusing an API call: 403 problem details for a signed-in caller, 401 for
 * an anonymous one. Runs before the generic API error handler, which would otherwise turn the refusal into a 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiAccessDenied {

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .body(Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Chưa đăng nhập",
                            "Cần đăng nhập: gửi mã truy cập trong tiêu đề Authorization: Bearer / authentication required"));
        }
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"")
                .body(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Không có quyền",
                        "Tài khoản không có quyền thực hiện thao tác này / access denied"));
    }
}
