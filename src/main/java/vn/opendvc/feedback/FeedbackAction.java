package vn.opendvc.feedback;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;

/** What someone does to a feedback; {@link #slug()} names it in URLs, its name is in the bundles. */
public enum FeedbackAction implements MessageSourceResolvable {
    SUBMIT,
    ACCEPT,
    TRANSFER,
    ASSIGN,
    DRAFT,
    RETURN,
    APPROVE,
    MERGE,
    ANSWER_WITH_TARGET,
    PUBLISH,
    RATE,
    REOPEN;

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<FeedbackAction> ofSlug(String slug) {
        return Arrays.stream(values()).filter(a -> a.slug().equals(slug)).findFirst();
    }

    @Override
    public String[] getCodes() {
        return new String[] {"feedback.actions." + name()};
    }
}
