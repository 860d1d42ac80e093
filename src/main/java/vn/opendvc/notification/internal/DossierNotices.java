package vn.opendvc.notification.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.opendvc.connected.ConnectedJourneyCompleted;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.dossier.DossierFacts;
import vn.opendvc.dossier.DossierFile;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.DossierStatusChanged;
import vn.opendvc.identity.Accounts;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.Role;
import vn.opendvc.payment.PaymentRefundDue;
import vn.opendvc.payment.PaymentPurpose;
import vn.opendvc.payment.PaymentSucceeded;

/**
 * What a dossier's applicant and officers are told when it changes status or its fee moves, after the change
 * committed. The applicant is the account that applied; a dossier registered at a counter or a post office for
 * someone without an account goes to the applicant's phone.
 */
@Component
class DossierNotices {

    private final DossierFacts dossiers;
    private final Accounts accounts;
    private final Recipients recipients;
    private final NoticeValues values;
    private final Notifier notifier;

    DossierNotices(DossierFacts dossiers, Accounts accounts, Recipients recipients, NoticeValues values,
            Notifier notifier) {
        this.dossiers = dossiers;
        this.accounts = accounts;
        this.recipients = recipients;
        this.values = values;
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(DossierStatusChanged e) {
        dossiers.dossier(e.dossierId()).ifPresent(d -> notifier.tell(notices(e, d)));
    }

    /** Once per connected procedure, whichever member finished last (the key is the parent's). */
    @ApplicationModuleListener
    void on(ConnectedJourneyCompleted e) {
        dossiers.dossier(e.parentId()).ifPresent(d -> notifier.tell(applicant(d,
                "connected:" + e.parentId() + ":completed", NotificationKind.CONNECTED_COMPLETED, lang -> Map.of())));
    }

    @ApplicationModuleListener
    void on(PaymentSucceeded e) {
        if (e.purpose() != PaymentPurpose.DOSSIER_FEE) {
            return;
        }
        dossiers.dossier(e.reference()).ifPresent(d -> notifier.tell(applicant(d,
                "payment:" + e.paymentId() + ":succeeded", NotificationKind.PAYMENT_CONFIRMED,
                lang -> Map.of("amount", values.amount(e.amountVnd(), lang)))));
    }

    @ApplicationModuleListener
    void on(PaymentRefundDue e) {
        if (e.purpose() != PaymentPurpose.DOSSIER_FEE) {
            return;
        }
        dossiers.dossier(e.reference()).ifPresent(d -> notifier.tell(applicant(d,
                "payment:" + e.paymentId() + ":refund-due", NotificationKind.REFUND_DUE,
                lang -> Map.of("amount", values.amount(e.amountVnd(), lang)))));
    }

    private List<Notice> notices(DossierStatusChanged e, Dossier d) {
        String key = "dossier:" + e.dossierId() + ":" + e.action().name() + ":" + e.at().toEpochMilli();
        String note = noteOf(e, d);
        List<Notice> notices = new ArrayList<>();
        switch (e.action()) {
            case SUBMIT -> {
                notices.addAll(applicant(d, key, NotificationKind.DOSSIER_SUBMITTED,
                        lang -> Map.of("promisedDate", values.date(e.dueAt(), lang))));
                notices.addAll(officers(e, d, key, NotificationKind.NEW_IN_INBOX, e.actorId()));
            }
            case RECEIVE -> {
                notices.addAll(applicant(d, key, NotificationKind.DOSSIER_RECEIVED,
                        lang -> Map.of("promisedDate", values.date(e.dueAt(), lang),
                                "receiptLink", fileLink(d, DossierFile.Kind.RECEIPT))));
                if (e.to() == DossierStatus.PAYMENT_REQUIRED && d.feeDueVnd() != null) {
                    notices.addAll(applicant(d, key, NotificationKind.FEE_DUE,
                            lang -> Map.of("amount", values.amount(d.feeDueVnd(), lang))));
                }
            }
            case REQUEST_SUPPLEMENT -> notices.addAll(applicant(d, key, NotificationKind.SUPPLEMENT_REQUESTED,
                    lang -> Map.of("missing", note)));
            case REFUSE, STOP -> notices.addAll(applicant(d, key, NotificationKind.DOSSIER_REFUSED,
                    lang -> Map.of("reasons", note)));
            case APOLOGIZE -> notices.addAll(applicant(d, key, NotificationKind.APOLOGY,
                    lang -> Map.of("reason", note, "promisedDate", values.date(e.dueAt(), lang))));
            case COMPLETE -> notices.addAll(applicant(d, key, NotificationKind.RESULT_READY,
                    lang -> Map.of("resultLink", fileLink(d, DossierFile.Kind.RESULT),
                            "delivery", values.text("notification.values.delivery", lang))));
            case DELIVER -> {
                notices.addAll(applicant(d, key, NotificationKind.RESULT_RETURNED, lang -> Map.of()));
                notices.addAll(applicant(d, key, NotificationKind.RATING_INVITATION,
                        lang -> Map.of("ratingLink", values.link("/me/dossiers/" + d.id() + "/rating"))));
            }
            case RESUBMIT -> notices.addAll(officers(e, d, key, NotificationKind.SUPPLEMENT_ANSWERED, e.actorId()));
            case FORWARD, RETURN -> notices.addAll(officers(e, d, key, NotificationKind.NEW_IN_INBOX, e.actorId()));
            default -> {
            }
        }
        return notices;
    }

    /**
     * The step the change left the dossier at, as the event says (the dossier may have moved on since); none while
     * it waits for reception.
     */
    private static Optional<Dossier.Step> stepOf(DossierStatusChanged e, Dossier d) {
        if (e.to() == DossierStatus.SUBMITTED) {
            return Optional.empty();
        }
        return d.steps().stream().filter(s -> s.position() == e.step()).findFirst();
    }

    /** Who acts next: the receivers before reception, otherwise the role of the step the change left it at. */
    private static Role waitingRole(Optional<Dossier.Step> step) {
        try {
            return step.map(s -> Role.valueOf(s.role())).orElse(Role.RECEIVER);
        } catch (IllegalArgumentException e) {
            return Role.SPECIALIST;
        }
    }

    /** The history note written with this change: the missing items or reasons first, then the officer's note. */
    private static String noteOf(DossierStatusChanged e, Dossier d) {
        List<Dossier.HistoryEntry> same = d.history().stream()
                .filter(h -> h.action() == e.action() && h.to() == e.to()).toList();
        return same.stream().filter(h -> h.at().equals(e.at())).findFirst()
                .or(() -> same.stream().reduce((first, second) -> second))
                .map(Dossier.HistoryEntry::note).map(note -> note == null ? "" : note).orElse("");
    }

    private List<Notice> applicant(Dossier d, String key, NotificationKind kind,
            java.util.function.Function<String, Map<String, String>> extra) {
        Optional<CurrentUser> account = accounts.find(d.applicantId());
        boolean ownAccount = account.map(u -> !u.isOfficer()).orElse(false);
        Optional<Recipient> to = ownAccount ? recipients.account(d.applicantId())
                : recipients.phone(d.applicantPhone(), d.applicantName());
        return to.map(r -> List.of(notice(d, key, kind, r, "/me/dossiers/" + d.id(), extra.apply(r.language()))))
                .orElse(List.of());
    }

    private List<Notice> officers(DossierStatusChanged e, Dossier d, String key, NotificationKind kind, long actorId) {
        Optional<Dossier.Step> step = stepOf(e, d);
        return recipients.officers(d.agencyCode(), waitingRole(step)).stream()
                .filter(r -> r.accountId() != actorId)
                .map(r -> notice(d, key, kind, r, "/officer/dossiers/" + d.id(),
                        Map.of("step", step.map(Dossier.Step::name)
                                        .orElseGet(() -> values.text("notification.values.reception", r.language())),
                                "promisedDate", values.date(e.dueAt(), r.language()))))
                .toList();
    }

    private Notice notice(Dossier d, String key, NotificationKind kind, Recipient to, String path,
            Map<String, String> extra) {
        Map<String, String> all = new HashMap<>(extra);
        all.put("code", d.code());
        all.put("procedure", d.procedureName());
        return new Notice(key + ":" + kind.name(), kind, to, all, path);
    }

    private String fileLink(Dossier d, DossierFile.Kind kind) {
        return d.files().stream().filter(f -> f.kind() == kind).reduce((first, second) -> second)
                .map(f -> values.link("/me/dossiers/" + d.id() + "/files/" + f.id()))
                .orElse(values.link("/me/dossiers/" + d.id()));
    }
}
