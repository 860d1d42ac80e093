package vn.opendvc.feedback.internal;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.opendvc.feedback.Feedbacks;
import vn.opendvc.files.ReferencedFiles;

/** The module's answers to others: the author's contact; the stored files it still needs. */
@Component
class FeedbackFacade implements Feedbacks, ReferencedFiles {

    private final FeedbackStore store;

    FeedbackFacade(FeedbackStore store) {
        this.store = store;
    }

    @Override
    public Optional<Contact> contact(long feedbackId) {
        return store.find(feedbackId).map(f -> new Contact(f.authorAccountId(), f.contactName(), f.contactEmail(),
                f.contactPhone(), f.code(), f.title(),
                f.anonymous() ? "/feedback/track?code=" + f.code() : "/me/feedback/" + f.id(), f.answer()));
    }

    @Override
    public java.util.Map<Long, java.time.Instant> dossierComplaints(Collection<Long> dossierIds) {
        return store.dossierComplaints(dossierIds);
    }

    @Override
    public Set<String> referenced(Collection<String> keys) {
        return store.referencedKeys(keys);
    }
}
