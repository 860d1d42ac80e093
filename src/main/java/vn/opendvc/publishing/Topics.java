package vn.opendvc.publishing;

/**
 * The Kafka topics the portal publishes to. Each message's JSON Schema is under
 * {@code src/main/resources/publishing/schema/}; a message carries its {@code schemaVersion} and a new version only
 * adds optional fields — a change a consumer must know about gets a new topic.
 */
public final class Topics {

    /** {@link DossierStatusMessage}, keyed by the dossier id. */
    public static final String DOSSIER_STATUS = "opendvc.dossier.status";
    /** {@link PaymentMessage}, keyed by the id of the dossier paid for. */
    public static final String PAYMENT = "opendvc.payment";
    /** {@link ResultIssuedMessage}, keyed by the dossier id. */
    public static final String RESULT_ISSUED = "opendvc.result.issued";
    /** {@link FeedbackMessage}, keyed by the feedback id. */
    public static final String FEEDBACK = "opendvc.feedback";

    private Topics() {
    }
}
