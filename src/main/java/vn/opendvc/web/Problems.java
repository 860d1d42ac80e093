package vn.opendvc.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * RFC 9457 problem details with a stable {@code type} and a Vietnamese {@code title}, as every API error must be.
 * A module throws {@link #exception}; Spring MVC renders it as {@code application/problem+json}.
 */
public final class Problems {

    /** Types are URNs so they stay stable whatever host serves the API. */
    public static URI type(String slug) {
        return URI.create("urn:opendvc:problem:" + slug);
    }

    public static ProblemDetail of(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug));
        problem.setTitle(title);
        return problem;
    }

    public static ErrorResponseException exception(HttpStatus status, String slug, String title, String detail) {
        return new ErrorResponseException(status, of(status, slug, title, detail), null);
    }

    public static ErrorResponseException notFound(String what, Object id) {
        return exception(HttpStatus.NOT_FOUND, "not-found", "Không tìm thấy",
                "Không tìm thấy " + what + " '" + id + "' / " + "not found");
    }

    public static ErrorResponseException badRequest(String detail) {
        return exception(HttpStatus.BAD_REQUEST, "bad-request", "Yêu cầu không hợp lệ", detail);
    }

    private Problems() {
    }
}
