package vn.opendvc.notification.internal;

/**
 * Someone a message goes to: an account, or the applicant of a counter dossier known only by a phone number.
 *
 * @param accountId {@code null} for a phone-only recipient
 * @param key       what makes the recipient unique for the exactly-once rule: {@code account:<id>} or {@code phone:<+84…>}
 * @param email     e-mail address or {@code null}
 * @param phone     phone number in the international form {@code +84…}, or {@code null}
 * @param language  {@code vi} or {@code en}
 */
record Recipient(Long accountId, String key, String name, String email, String phone, String language) {

    static Recipient ofAccount(long accountId, String name, String email, String phone, String language) {
        return new Recipient(accountId, "account:" + accountId, name, email, phone, language);
    }

    /** Someone without an account who left an e-mail address and/or a phone (an anonymous feedback's author). */
    static Recipient ofContact(String name, String email, String phone) {
        return new Recipient(null, email != null ? "email:" + email : "phone:" + phone, name, email, phone, "vi");
    }

    static Recipient ofPhone(String phone, String name) {
        return new Recipient(null, "phone:" + phone, name, null, phone, "vi");
    }

    @Override
    public String toString() {
        // no personal data in logs
        return "Recipient[" + (accountId == null ? "contact" : "account:" + accountId) + "]";
    }
}
