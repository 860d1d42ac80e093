package vn.opendvc.notification.internal;

import static vn.opendvc.notification.internal.NotificationChannel.EMAIL;
import static vn.opendvc.notification.internal.NotificationChannel.IN_APP;
import static vn.opendvc.notification.internal.NotificationChannel.SMS;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSourceResolvable;

/**
 * Every kind of message the portal sends, with who receives it, the placeholders its templates may use and the
 * channels it goes over until the recipient chooses otherwise. Security messages go out whatever the preferences.
 * Each kind is a message of its own (its name in the bundles, for the preferences page).
 */
public enum NotificationKind implements MessageSourceResolvable {
    DOSSIER_SUBMITTED(Audience.APPLICANT, "promisedDate"),
    DOSSIER_RECEIVED(Audience.APPLICANT, "promisedDate", "receiptLink"),
    SUPPLEMENT_REQUESTED(Audience.APPLICANT, EnumSet.of(EMAIL, SMS, IN_APP), "missing"),
    DOSSIER_REFUSED(Audience.APPLICANT, "reasons"),
    FEE_DUE(Audience.APPLICANT, EnumSet.of(EMAIL, SMS, IN_APP), "amount"),
    PAYMENT_CONFIRMED(Audience.APPLICANT, "amount"),
    APOLOGY(Audience.APPLICANT, "reason", "promisedDate"),
    RESULT_READY(Audience.APPLICANT, EnumSet.of(EMAIL, SMS, IN_APP), "resultLink", "delivery"),
    RESULT_RETURNED(Audience.APPLICANT),
    /** Every member of a connected procedure has its result (each member's own result was told as it came). */
    CONNECTED_COMPLETED(Audience.APPLICANT, EnumSet.of(EMAIL, SMS, IN_APP)),
    RATING_INVITATION(Audience.APPLICANT, "ratingLink"),
    REFUND_DUE(Audience.APPLICANT, "amount"),
    NEW_IN_INBOX(Audience.OFFICER, "step", "promisedDate"),
    SUPPLEMENT_ANSWERED(Audience.OFFICER),
    DEADLINE_DIGEST(Audience.OFFICER_DIGEST, "dueTomorrow", "overdue", "list"),
    EID_LINKED(Audience.SECURITY),
    PASSWORD_CHANGED(Audience.SECURITY),
    VERIFIED_IN_PERSON(Audience.SECURITY),
    REGISTRATION_ATTEMPT(Audience.SECURITY),
    ONE_TIME_CODE(Audience.SECURITY, EnumSet.of(SMS), "otp", "purpose", "minutes"),
    FEEDBACK_RECEIVED(Audience.FEEDBACK_AUTHOR, "code", "title", "agency"),
    FEEDBACK_TRANSFERRED(Audience.FEEDBACK_AUTHOR, EnumSet.of(EMAIL, SMS, IN_APP), "code", "title", "agency"),
    FEEDBACK_ANSWERED(Audience.FEEDBACK_AUTHOR, EnumSet.of(EMAIL, SMS, IN_APP), "code", "title", "answer"),
    FEEDBACK_REOPENED(Audience.FEEDBACK_OFFICER, "code", "title");

    /** Who a kind of message is for; dossier messages also get the dossier's code, procedure and link. */
    public enum Audience {
        APPLICANT(true), OFFICER(true), OFFICER_DIGEST(false), SECURITY(false),
        /** The author of a feedback (an account, or the contact an anonymous author left). */
        FEEDBACK_AUTHOR(false),
        /** The officers of the agency handling a feedback. */
        FEEDBACK_OFFICER(false);

        private final boolean aboutOneDossier;

        Audience(boolean aboutOneDossier) {
            this.aboutOneDossier = aboutOneDossier;
        }

        /**
         * Placeholders every template of the audience may use: the recipient's name, the portal's address, the
         * message's link, and for a message about one dossier its code and procedure.
         */
        List<String> placeholders() {
            return aboutOneDossier ? List.of("name", "portal", "link", "code", "procedure")
                    : List.of("name", "portal", "link");
        }
    }

    private final Audience audience;
    private final Set<NotificationChannel> defaults;
    private final Set<String> placeholders;

    NotificationKind(Audience audience, String... placeholders) {
        this(audience, EnumSet.of(EMAIL, IN_APP), placeholders);
    }

    NotificationKind(Audience audience, Set<NotificationChannel> defaults, String... placeholders) {
        this.audience = audience;
        this.defaults = Set.copyOf(defaults);
        Set<String> all = new LinkedHashSet<>(audience.placeholders());
        all.addAll(List.of(placeholders));
        this.placeholders = Set.copyOf(all);
    }

    public Audience audience() {
        return audience;
    }

    /** Security messages cannot be switched off. */
    public boolean isSecurity() {
        return audience == Audience.SECURITY;
    }

    /** The channels used until the recipient chooses. */
    public Set<NotificationChannel> defaults() {
        return defaults;
    }

    /** The names a template of this kind may write as {@code {name}}. */
    public Set<String> placeholders() {
        return placeholders;
    }

    /** The template file's name without extension: {@code dossier-received}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String[] getCodes() {
        return new String[] {"notification.kinds." + name()};
    }
}
