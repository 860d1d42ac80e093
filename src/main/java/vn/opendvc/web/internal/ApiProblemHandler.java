package vn.opendvc.web.internal;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.opendvc.web.Message;
import vn.opendvc.web.Problem;
import vn.opendvc.web.Problems;
import vn.opendvc.web.Translations;

/**
 * Turns every error of a REST controller into RFC 9457 problem details with a stable type and a title and detail in
 * the request's language ({@code Accept-Language}, Vietnamese by default): a {@link Problem}'s messages are resolved
 * through the message bundles by Spring's {@link ErrorResponse#updateAndGetBody}, framework-made problems get the
 * project's type and the title of their status. Bad input is a 4xx that says what was wrong; anything unexpected is a
 * 500 without internals.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1) // before the advice for every controller (UnmappedApiRequests, MultipartRequired)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    /** Status → slug of the type; the title is the slug's {@code problem.<slug>.title} in the bundles. */
    private static final Map<Integer, String> SLUGS = Map.of(
            400, "bad-request",
            401, "unauthorized",
            403, "forbidden",
            404, "not-found",
            405, "method-not-allowed",
            406, "not-acceptable",
            409, "conflict",
            413, "payload-too-large",
            415, "unsupported-media-type");

    private final Translations translations;

    ApiProblemHandler(Translations translations) {
        this.translations = translations;
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            localize(problem, status);
        }
        return super.handleExceptionInternal(ex, body, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex.getPropertyName();
        ProblemDetail problem = resolved(Problems.problem(HttpStatus.BAD_REQUEST, "bad-parameter",
                Message.of("problem.bad-parameter.title"),
                Message.of("problem.bad-parameter.detail", ex.getValue(), name)));
        problem.setProperty("parameter", name);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = resolved(Problems.problem(HttpStatus.BAD_REQUEST, "invalid-input",
                Message.of("problem.invalid-input.title"), Message.of("problem.invalid-input.detail")));
        problem.setProperty("errors", ex.getBindingResult().getFieldErrors().stream()
                .map(e -> Map.of("field", e.getField(), "message", e.isBindingFailure()
                        ? translations.text(Message.of("problem.invalid-input.value", e.getRejectedValue()))
                        : String.valueOf(e.getDefaultMessage())))
                .toList());
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Not multipart where a file is expected (415), or a multipart body that cannot be read (400); size is 413. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> notMultipart(MultipartException ex, HttpServletRequest servletRequest, WebRequest request) {
        HttpStatus status = HttpStatus.valueOf(MultipartRequired.status(servletRequest));
        return handleExceptionInternal(ex, resolved(ErrorResponse.create(ex, status, status.getReasonPhrase())),
                new HttpHeaders(), status, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        if (ex instanceof ErrorResponse response) {
            ProblemDetail problem = resolved(response);
            localize(problem, response.getStatusCode());
            return ResponseEntity.status(response.getStatusCode()).body(problem);
        }
        log.error("Unexpected error in API call", ex);
        return ResponseEntity.internalServerError().body(resolved(Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error", Message.of("problem.internal-error.title"),
                Message.of("problem.internal-error.detail"))));
    }

    /** Title and detail in the language of the request being handled. */
    private ProblemDetail resolved(ErrorResponse problem) {
        return problem.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
    }

    /** Framework-made problems get the project's stable type and a translated title; our own keep theirs. */
    private void localize(ProblemDetail problem, HttpStatusCode status) {
        String slug = SLUGS.get(status.value());
        if (slug == null) {
            return;
        }
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(Problems.type(slug));
        }
        if (problem.getTitle() == null || problem.getTitle().equals(HttpStatus.valueOf(status.value()).getReasonPhrase())) {
            problem.setTitle(translations.text(Problems.title(slug)));
        }
    }
}
