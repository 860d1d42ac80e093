package vn.opendvc.dossier;

/** How a dossier reached the agency; the online share is only meaningful if counter and post are counted too. */
public enum Channel {
    /** Submitted by the applicant on the portal. */
    ONLINE,
    /** Received in person at the one-stop counter and registered by a RECEIVER. */
    COUNTER,
    /** Received by post and registered by a RECEIVER. */
    POST,
    /**
     * Submitted on the portal for a citizen by a post-office agent or a community helper, with the citizen's recorded
     * consent; the national channel code 3 (BCCI). The dossier belongs to the citizen.
     */
    ASSISTED;

    /** Submitted through the portal, by the applicant or an agent for them: documents are attached before submission. */
    public boolean throughPortal() {
        return this == ONLINE || this == ASSISTED;
    }
}
