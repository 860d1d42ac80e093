package vn.opendvc.files;

import org.springframework.http.HttpStatus;

/**
 * An upload {@link Uploads#inspect} refuses. The message says what was wrong, in Vietnamese then English, and the
 * reason carries the HTTP status an API answers with; each caller maps it to its own problem.
 */
public class RejectedUpload extends RuntimeException {

    public enum Reason {
        EMPTY(HttpStatus.BAD_REQUEST),
        TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
        UNSUPPORTED_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE);

        private final HttpStatus status;

        Reason(HttpStatus status) {
            this.status = status;
        }

        public HttpStatus status() {
            return status;
        }
    }

    private final Reason reason;

    public RejectedUpload(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public HttpStatus status() {
        return reason.status();
    }
}
