package vn.opendvc.files;

import org.springframework.http.HttpStatus;

import vn.opendvc.web.Message;

/**
 * An upload {@link Uploads#inspect} refuses. {@link #explanation()} says what was wrong, in the reader's language, and
 * the reason carries the HTTP status an API answers with; each caller maps it to its own problem.
 */
public class RejectedUpload extends RuntimeException {

    public enum Reason {
        EMPTY(HttpStatus.BAD_REQUEST),
        TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
        UNSUPPORTED_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
        /**
         * Of an accepted type but refused for what it holds: a script or an action that runs by itself, an embedded
         * file, data hidden after the end, or content that does not parse as its type.
         */
        UNSAFE_CONTENT(HttpStatus.UNSUPPORTED_MEDIA_TYPE);

        private final HttpStatus status;

        Reason(HttpStatus status) {
            this.status = status;
        }

        public HttpStatus status() {
            return status;
        }
    }

    private final Reason reason;
    private final Message explanation;

    public RejectedUpload(Reason reason, Message explanation) {
        super(explanation.toString());
        this.reason = reason;
        this.explanation = explanation;
    }

    public Message explanation() {
        return explanation;
    }

    public Reason reason() {
        return reason;
    }

    public HttpStatus status() {
        return reason.status();
    }
}
