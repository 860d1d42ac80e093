package vn.opendvc.rating;

import vn.opendvc.web.Message;

/** A rating that cannot be accepted, with the reason and what to tell the applicant. */
public class RatingRefused extends RuntimeException {

    public enum Reason { NOT_FOUND, NOT_DELIVERED, ALREADY_RATED, INVALID }

    private final Reason reason;
    private final Message explanation;

    public RatingRefused(Reason reason, Message explanation) {
        super(explanation.toString());
        this.reason = reason;
        this.explanation = explanation;
    }

    public Reason reason() {
        return reason;
    }

    /** For the applicant, in the language of the page or API call that shows it. */
    public Message explanation() {
        return explanation;
    }
}
