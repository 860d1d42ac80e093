package vn.opendvc.feedback;

import java.util.Optional;

/** What other modules may ask of the feedback module. */
public interface Feedbacks {

    /**
     * How to reach a feedback's author, for the notification module: their account, or the contact an anonymous
     * author or an Open311 reporter left; with the link they follow it by.
     *
     * @param accountId {@code null} for an author without an account
     * @param path      the portal path of the feedback for its author
     * @param answer    the answer once answered, otherwise {@code null}
     */
    record Contact(Long accountId, String name, String email, String phone, String code, String title, String path,
            String answer) {

        @Override
        public String toString() {
            return "Contact[" + (accountId == null ? "anonymous" : "account:" + accountId) + ", " + code + "]";
        }
    }

    Optional<Contact> contact(long feedbackId);

    /**
     * Of the given dossiers, those an agency accepted a feedback about (a complaint about their handling), with the
     * first acceptance: what the indicators rebuild their complaints from.
     */
    java.util.Map<Long, java.time.Instant> dossierComplaints(java.util.Collection<Long> dossierIds);
}
