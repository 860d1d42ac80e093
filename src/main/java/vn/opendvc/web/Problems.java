package vn.opendvc.web;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * RFC 9457 problem details with a stable {@code type} and a translated {@code title} (Vietnamese unless the request
 * asks for English), as every API error must be. A module throws one of the factories; Spring MVC renders it as
 * {@code application/problem+json} in the request's language:
 *
 * <pre>{@code
 * throw Problems.badRequest(Message.of("dossier.form.invalid"));
 * throw Problems.badRequest(Message.of("dossier.form.invalid"), Map.of("email", Message.of("identity.email.invalid")));
 * throw Problems.notFound(Message.of("catalog.procedure"), id);   // "Không tìm thấy thủ tục '12'"
 * throw Problems.problem(HttpStatus.CONFLICT, "already-paid", Message.of("payment.problem.already-paid.title"),
 *         Message.of("payment.problem.already-paid.detail", reference));
 * }</pre>
 *
 * The titles of the common statuses are the keys {@code problem.<slug>.title} of {@code i18n/web.properties}.
 */
public final class Problems {

    /** Types are URNs so they stay stable whatever host serves the API. */
    public static URI type(String slug) {
        return URI.create("urn:opendvc:problem:" + slug);
    }

    /** The title key of a slug the web shell knows (bad-request, unauthorized, forbidden, not-found, conflict...). */
    public static Message title(String slug) {
        return Message.of("problem." + slug + ".title");
    }

    public static Problem problem(HttpStatus status, String slug, Message title, Message detail) {
        return problem(status, slug, title, detail, Map.of());
    }

    public static Problem problem(HttpStatus status, String slug, Message title, Message detail,
            Map<String, Message> fieldErrors) {
        return new Problem(status, slug, title, detail, fieldErrors);
    }

    public static Problem badRequest(Message detail) {
        return badRequest(detail, Map.of());
    }

    /** Bad input, with what is wrong with each field (field name → message), in the order given. */
    public static Problem badRequest(Message detail, Map<String, Message> fieldErrors) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", title("bad-request"), detail, fieldErrors);
    }

    /** "Không tìm thấy {what} '{id}'", {@code what} being a message such as {@code Message.of("catalog.procedure")}. */
    public static Problem notFound(Message what, Object id) {
        return problem(HttpStatus.NOT_FOUND, "not-found", title("not-found"),
                Message.of("problem.not-found.detail", what, id));
    }

    public static Problem unauthorized(Message detail) {
        return problem(HttpStatus.UNAUTHORIZED, "unauthorized", title("unauthorized"), detail);
    }

    public static Problem forbidden(Message detail) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", title("forbidden"), detail);
    }

    public static Problem conflict(Message detail) {
        return problem(HttpStatus.CONFLICT, "conflict", title("conflict"), detail);
    }

    /** A problem with literal texts, the same in every language: only for texts not yet in the bundles. */
    public static ProblemDetail of(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug));
        problem.setTitle(title);
        return problem;
    }

    /** A problem with literal texts, the same in every language: only for texts not yet in the bundles. */
    public static ErrorResponseException exception(HttpStatus status, String slug, String title, String detail) {
        return new ErrorResponseException(status, of(status, slug, title, detail), null);
    }

    private Problems() {
    }
}
