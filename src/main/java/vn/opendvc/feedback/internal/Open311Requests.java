package vn.opendvc.feedback.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.opendvc.feedback.FeedbackKind;
import vn.opendvc.feedback.FeedbackStatus;
import vn.opendvc.files.Sha256;

/**
 * What Open311 GeoReport v2 reads of the feedback: only what {@link FeedbackStore} lets a public API see (requests
 * sent through Open311 and published answers, never feedback about a person's dossier), by receipt code, filters or
 * tracking token.
 */
@Component
public class Open311Requests {

    /** The spec's "first 1000 requests". */
    public static final int MAX_REQUESTS = 1000;

    private final FeedbackStore store;

    Open311Requests(FeedbackStore store) {
        this.store = store;
    }

    public Optional<FeedbackRecord> byCode(String code) {
        return store.open311ByCode(code);
    }

    public List<FeedbackRecord> find(List<String> codes, List<FeedbackKind> kinds, List<FeedbackStatus> statuses,
            Instant from, Instant to) {
        return store.open311(codes, kinds, statuses, from, to, MAX_REQUESTS);
    }

    /** The receipt code of the feedback a tracking token was given for. */
    public Optional<String> codeOfToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return store.byTokenHash(Sha256.hex(token.strip())).map(FeedbackRecord::code);
    }

    public List<FeedbackStore.Update> updates(Instant from, Instant to) {
        return store.open311Updates(from, to, MAX_REQUESTS);
    }
}
