package vn.opendvc.web.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors raised before a controller is chosen — an API path without the method, the body's media type or the
 * answer's format asked for, or no such path at all — reach no controller's advice, so {@link ApiProblemHandler}
 * (bound to REST controllers) never sees them and the servlet container's error page answered instead of a problem.
 * Under {@code /api/} they become the same problem details as every other API error; elsewhere they are rethrown to
 * Spring MVC's default handling (the error page), which is what rethrowing the very exception means to it.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnmappedApiRequests {

    private final ApiProblemHandler problems;

    UnmappedApiRequests(ApiProblemHandler problems) {
        this.problems = problems;
    }

    @ExceptionHandler({HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
            HttpMediaTypeNotAcceptableException.class, NoHandlerFoundException.class, NoResourceFoundException.class})
    ResponseEntity<Object> beforeAnyController(Exception e, HttpServletRequest servletRequest, WebRequest request)
            throws Exception {
        if (!LanguageConfiguration.isApi(servletRequest)) {
            throw e;
        }
        return problems.handleException(e, request);
    }
}
