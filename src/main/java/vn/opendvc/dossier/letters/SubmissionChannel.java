package vn.opendvc.dossier.letters;

/** How a dossier reached the office, as printed on the receipt. */
public enum SubmissionChannel {
    ONLINE("trực tuyến"),
    IN_PERSON("trực tiếp"),
    POST("bưu chính"),
    ASSISTED("qua đại lý dịch vụ công");

    private final String label;

    SubmissionChannel(String label) {
        this.label = label;
    }

    /** The Vietnamese wording on the letter. */
    public String label() {
        return label;
    }
}
