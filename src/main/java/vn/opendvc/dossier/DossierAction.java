package vn.opendvc.dossier;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;

/**
 * What someone does to a dossier; {@link #slug()} is the name used in URLs. Each action is a message of its own: its
 * name is in the bundles, in the reader's language.
 */
public enum DossierAction implements MessageSourceResolvable {
    SUBMIT,
    RECEIVE,
    REQUEST_SUPPLEMENT,
    RESUBMIT,
    REFUSE,
    FORWARD,
    RETURN,
    STOP,
    COMPLETE,
    DELIVER,
    WITHDRAW,
    APOLOGIZE,
    PAY;

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The key of the action's name in the message bundles ({@code dossier.actions.<NAME>}). */
    public String messageCode() {
        return "dossier.actions." + name();
    }

    @Override
    public String[] getCodes() {
        return new String[] {messageCode()};
    }

    public static Optional<DossierAction> ofSlug(String slug) {
        return Arrays.stream(values()).filter(a -> a.slug().equals(slug)).findFirst();
    }
}
