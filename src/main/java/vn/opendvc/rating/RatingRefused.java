package vn.opendvc.rating;

/** A rating that cannot be accepted, with the reason. */
public class RatingRefused extends RuntimeException {

    public enum Reason { NOT_FOUND, NOT_DELIVERED, ALREADY_RATED, INVALID }

    private final Reason reason;

    public RatingRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
