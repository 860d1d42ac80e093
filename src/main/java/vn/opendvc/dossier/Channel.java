package vn.opendvc.dossier;

/** How a dossier reached the agency; the online share is only meaningful if counter and post are counted too. */
public enum Channel {
    /** Submitted by the applicant on the portal (or by a post-office agent with the applicant's consent). */
    ONLINE,
    /** Received in person at the one-stop counter and registered by a RECEIVER. */
    COUNTER,
    /** Received by post and registered by a RECEIVER. */
    POST
}
