package vn.opendvc.web.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A page's upload form posted without a multipart body (or with one that cannot be parsed) is the sender's mistake:
 * Spring MVC reports it as a bare {@link MultipartException}, which nothing maps to a status, so it used to be a
 * 500. Pages get the error page with 415 (not multipart) or 400 (unreadable multipart); the API answers the same
 * statuses as problems in {@link ApiProblemHandler}, which comes first for REST controllers. An upload over the size
 * limit keeps Spring's own 413.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class MultipartRequired {

    @ExceptionHandler(MultipartException.class)
    void refuse(MultipartException e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (e instanceof MaxUploadSizeExceededException) {
            throw e; // handled by Spring MVC's default resolver as 413
        }
        response.sendError(status(request));
    }

    static int status(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE;
    }
}
