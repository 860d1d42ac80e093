package vn.opendvc.result;

/** A result or document that cannot be issued or stored as asked; the message says what was wrong. */
public class ResultRejected extends RuntimeException {

    public ResultRejected(String message) {
        super(message);
    }
}
