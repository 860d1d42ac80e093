package vn.opendvc.feedback.internal;

/** What an actor gives with an action; each row of the table names the part it needs. */
public record ActionInput(String agencyCode, String note, Long officerId, String answer, Long targetId,
        Boolean satisfied) {

    public static final ActionInput NONE = new ActionInput(null, null, null, null, null, null);
}
