package vn.opendvc.result;

import vn.opendvc.web.Message;

/** A result or document that cannot be issued or stored as asked; {@link #reason()} says what was wrong. */
public class ResultRejected extends RuntimeException {

    private final Message reason;

    public ResultRejected(Message reason) {
        super(reason.toString());
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }
}
