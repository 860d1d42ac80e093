package vn.opendvc.notification.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.feedback.FeedbackChanged;
import vn.opendvc.feedback.Feedbacks;
import vn.opendvc.identity.Role;

/**
 * What a feedback's author and its agency are told, after the change committed: the author when it is received,
 * transferred to another agency and answered (an anonymous author at the e-mail or phone they left); the agency's
 * leaders when the author reopens it.
 */
@Component
class FeedbackNotices {

    private final Feedbacks feedback;
    private final Recipients recipients;
    private final AgencyDirectory agencies;
    private final Notifier notifier;

    FeedbackNotices(Feedbacks feedback, Recipients recipients, AgencyDirectory agencies, Notifier notifier) {
        this.feedback = feedback;
        this.recipients = recipients;
        this.agencies = agencies;
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(FeedbackChanged e) {
        NotificationKind kind = switch (e.action()) {
            case SUBMIT -> NotificationKind.FEEDBACK_RECEIVED;
            case TRANSFER -> NotificationKind.FEEDBACK_TRANSFERRED;
            case APPROVE, ANSWER_WITH_TARGET -> NotificationKind.FEEDBACK_ANSWERED;
            case REOPEN -> NotificationKind.FEEDBACK_REOPENED;
            default -> null;
        };
        if (kind == null) {
            return;
        }
        feedback.contact(e.feedbackId()).ifPresent(contact -> {
            String key = "feedback:" + e.feedbackId() + ":" + e.action().name() + ":" + e.at().toEpochMilli();
            Map<String, String> values = new HashMap<>();
            values.put("code", contact.code());
            values.put("title", contact.title());
            values.put("agency", agencies.find(e.agencyCode()).map(a -> a.name()).orElse(e.agencyCode()));
            values.put("answer", contact.answer() == null ? "" : contact.answer());
            List<Notice> notices = new ArrayList<>();
            if (kind == NotificationKind.FEEDBACK_REOPENED) {
                recipients.officers(e.agencyCode(), Role.LEADER).forEach(officer -> notices.add(new Notice(
                        key + ":" + kind.name(), kind, officer, values, "/officer/feedback/" + e.feedbackId())));
            } else {
                Optional<Recipient> author = contact.accountId() != null ? recipients.account(contact.accountId())
                        : recipients.contact(contact.name(), contact.email(), contact.phone());
                author.ifPresent(to -> notices.add(new Notice(key + ":" + kind.name(), kind, to, values,
                        contact.path())));
            }
            notifier.tell(notices);
        });
    }
}
