package vn.opendvc.feedback.web;

import org.springframework.http.HttpStatus;

import vn.opendvc.web.Message;

/** An Open311 error: 400, 403 (api_key) or 404, answered as the specification's list of {code, description}. */
class Open311Error extends RuntimeException {

    final HttpStatus status;
    final Message description;

    Open311Error(HttpStatus status, Message description) {
        super(description.toString());
        this.status = status;
        this.description = description;
    }

    static Open311Error badRequest(String key, Object... args) {
        return new Open311Error(HttpStatus.BAD_REQUEST, Message.of(key, args));
    }

    static Open311Error notFound(String key, Object... args) {
        return new Open311Error(HttpStatus.NOT_FOUND, Message.of(key, args));
    }

    static Open311Error forbidden(String key) {
        return new Open311Error(HttpStatus.FORBIDDEN, Message.of(key));
    }
}
