package vn.opendvc.dossier;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * The national portal's dossier statuses; the codes are kept in the API and in sync. A draft has no code yet. Each
 * status is a message of its own: its name is in the bundles, in the reader's language.
 */
public enum DossierStatus implements MessageSourceResolvable {
    DRAFT(0),
    SUBMITTED(1),
    RECEIVED(2),
    NOT_RECEIVED(3),
    PROCESSING(4),
    SUPPLEMENT_REQUESTED(5),
    PAYMENT_REQUIRED(6),
    WITHDRAWN(7),
    STOPPED(8),
    DONE(9),
    RESULT_RETURNED(10);

    private final int code;

    DossierStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The key of the status's name in the message bundles ({@code dossier.statuses.<NAME>}). */
    public String messageCode() {
        return "dossier.statuses." + name();
    }

    @Override
    public String[] getCodes() {
        return new String[] {messageCode()};
    }

    /** What the API shows: {@code "DRAFT"} for a draft, the national code (1–10) afterwards. */
    public Object apiValue() {
        return this == DRAFT ? name() : code;
    }

    /** Finished for the citizen: nothing more will happen to the dossier. */
    public boolean isFinal() {
        return this == NOT_RECEIVED || this == WITHDRAWN || this == STOPPED || this == RESULT_RETURNED;
    }

    public static DossierStatus ofCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No dossier status " + code));
    }
}
