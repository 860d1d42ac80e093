package vn.opendvc.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An RFC 9457 problem whose title, detail and field errors are {@link Message}s, translated into the request's
 * language when the API renders it ({@link #updateAndGetBody}, which Spring MVC's exception handler calls with the
 * application's message bundles and the request's locale). A page that catches one puts {@link #detailMessage()} and
 * {@link #fieldErrors()} in its model as they are. Made by {@link Problems}; a module may subclass it to be caught by
 * name. The field errors go out as {@code "errors": {"field": "text"}}.
 */
public class Problem extends ErrorResponseException {

    private final Message title;
    private final Message detail;
    private final Map<String, Message> fieldErrors;

    protected Problem(HttpStatusCode status, String slug, Message title, Message detail,
            Map<String, Message> fieldErrors) {
        super(status, body(status, slug), null, detail.code(), detail.getArguments());
        this.title = title;
        this.detail = detail;
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    private static ProblemDetail body(HttpStatusCode status, String slug) {
        ProblemDetail body = ProblemDetail.forStatus(status);
        body.setType(Problems.type(slug));
        return body;
    }

    public Message titleMessage() {
        return title;
    }

    public Message detailMessage() {
        return detail;
    }

    /** Field name (as the form or JSON names it) to what is wrong with it, in the order they were given. */
    public Map<String, Message> fieldErrors() {
        return fieldErrors;
    }

    @Override
    public ProblemDetail updateAndGetBody(MessageSource messages, Locale locale) {
        ProblemDetail body = getBody();
        if (messages == null) {
            return body;
        }
        body.setTitle(Translations.text(messages, title, locale));
        body.setDetail(Translations.text(messages, detail, locale));
        if (!fieldErrors.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            fieldErrors.forEach((field, message) -> errors.put(field, Translations.text(messages, message, locale)));
            body.setProperty("errors", errors);
        }
        return body;
    }

    /** For logs: the keys, as no language is known here. */
    @Override
    public String getMessage() {
        return getStatusCode() + " " + detail + (fieldErrors.isEmpty() ? "" : " " + fieldErrors);
    }
}
