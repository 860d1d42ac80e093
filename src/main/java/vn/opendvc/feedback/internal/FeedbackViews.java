package vn.opendvc.feedback.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.opendvc.identity.CurrentUser;
import vn.opendvc.web.Problems;
import vn.opendvc.web.Message;

/**
 * Reads a feedback for whoever may see it: its author (by account, or by the tracking token) and the officers of the
 * agency handling it; for anyone else it does not exist (404), so that ids cannot be probed.
 */
@Component
public class FeedbackViews {

    private static final int PAGE = 200;

    private final FeedbackStore store;
    private final FeedbackHandling handling;

    FeedbackViews(FeedbackStore store, FeedbackHandling handling) {
        this.store = store;
        this.handling = handling;
    }

    public FeedbackRecord visible(Actor actor, long id) {
        FeedbackRecord f = store.find(id).orElseThrow(() -> FeedbackHandling.notFound(id));
        if (!canSee(actor, f)) {
            throw FeedbackHandling.notFound(id);
        }
        return f;
    }

    public boolean canSee(Actor actor, FeedbackRecord f) {
        boolean author = actor.user().map(u -> f.authorAccountId() != null && f.authorAccountId() == u.accountId())
                .orElse(false);
        boolean officer = actor.user().map(u -> u.worksAt(f.agencyCode())).orElse(false);
        return author || officer || handling.tokenMatches(actor, f);
    }

    /** An anonymous author's feedback by its receipt code and token (the tracking page). */
    public FeedbackRecord tracked(String code, String token) {
        FeedbackRecord f = Optional.ofNullable(code).flatMap(c -> store.byCode(c.strip().toUpperCase()))
                .orElseThrow(() -> Problems.notFound(Message.of("feedback.feedback"), code));
        if (!handling.tokenMatches(Actor.of(Optional.empty(), token), f)) {
            throw Problems.notFound(Message.of("feedback.feedback"), code);
        }
        return f;
    }

    public List<FeedbackRecord> ofAgency(CurrentUser officer) {
        return officer.isOfficer() && officer.agencyCode() != null ? store.ofAgency(officer.agencyCode(), PAGE)
                : List.of();
    }

    public List<FeedbackRecord> ofAuthor(CurrentUser author) {
        return store.ofAuthor(author.accountId(), PAGE);
    }

    public List<FeedbackStore.HistoryEntry> history(FeedbackRecord f) {
        return store.history(f.id());
    }

    public List<FeedbackStore.FileRow> files(FeedbackRecord f) {
        return store.files(f.id());
    }
}
