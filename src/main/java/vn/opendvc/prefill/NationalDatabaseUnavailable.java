package vn.opendvc.prefill;

/** A national database did not answer; prefill goes on with what the profile holds. */
public class NationalDatabaseUnavailable extends RuntimeException {

    public NationalDatabaseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
