package vn.opendvc.publishing.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.dossier.DossierFacts;
import vn.opendvc.dossier.DossierStatusChanged;
import vn.opendvc.feedback.FeedbackChanged;
import vn.opendvc.payment.PaymentExpired;
import vn.opendvc.payment.PaymentFailed;
import vn.opendvc.payment.PaymentPurpose;
import vn.opendvc.payment.PaymentRefundDue;
import vn.opendvc.payment.PaymentRefunded;
import vn.opendvc.payment.PaymentSucceeded;
import vn.opendvc.publishing.DossierStatusMessage;
import vn.opendvc.publishing.FeedbackMessage;
import vn.opendvc.publishing.PaymentMessage;
import vn.opendvc.publishing.ResultIssuedMessage;
import vn.opendvc.result.ResultIssued;

/**
 * Turns the internal events into the public messages: only the fields a consumer needs, the dossier's agency and
 * procedure codes looked up where the event has only ids. It runs when the message is sent (after the commit, again
 * after an outage): the facts it looks up — a dossier's code, agency and procedure — never change once submitted.
 */
class PublicMessages {

    private final Supplier<DossierFacts> dossiers;
    private final Supplier<ProcedureCatalog> catalog;

    PublicMessages(Supplier<DossierFacts> dossiers, Supplier<ProcedureCatalog> catalog) {
        this.dossiers = dossiers;
        this.catalog = catalog;
    }

    DossierStatusMessage of(DossierStatusChanged e) {
        return new DossierStatusMessage(DossierStatusMessage.SCHEMA_VERSION,
                id("dossier-status", e.dossierId(), e.at(), e.action(), e.to()), e.dossierId(), e.code(),
                e.agencyCode(), procedureCode(e.procedureId()), e.channel().name(), e.action().name(), e.from().code(),
                e.to().code(), e.step(), e.at(), e.dueAt());
    }

    ResultIssuedMessage of(ResultIssued e) {
        Optional<DossierFacts.Fact> dossier = dossiers.get().find(e.reference());
        return new ResultIssuedMessage(ResultIssuedMessage.SCHEMA_VERSION, id("result-issued", e.verificationId()),
                e.reference(), e.dossierCode(), e.agencyCode(),
                dossier.map(d -> procedureCode(d.procedureId())).orElse(null), e.resultType(), e.origin().name(),
                e.sha256(), e.issuedAt());
    }

    FeedbackMessage of(FeedbackChanged e) {
        return new FeedbackMessage(FeedbackMessage.SCHEMA_VERSION,
                id("feedback", e.feedbackId(), e.at(), e.action(), e.to()), e.feedbackId(), e.code(), e.kind().name(),
                e.action().name(), e.from() == null ? null : e.from().name(), e.to().name(), e.agencyCode(),
                e.previousAgency(), e.dossierId(), e.at(), e.dueAt(), e.onTime());
    }

    PaymentMessage of(PaymentSucceeded e) {
        return payment("SUCCEEDED", e.paymentId(), e.purpose(), e.reference(), e.amountVnd(), null, e.at());
    }

    PaymentMessage of(PaymentFailed e) {
        return payment("FAILED", e.paymentId(), e.purpose(), e.reference(), null, e.responseCode(), e.at());
    }

    PaymentMessage of(PaymentExpired e) {
        return payment("EXPIRED", e.paymentId(), e.purpose(), e.reference(), null, null, e.at());
    }

    PaymentMessage of(PaymentRefundDue e) {
        return payment("REFUND_DUE", e.paymentId(), e.purpose(), e.reference(), e.amountVnd(), null, e.at());
    }

    PaymentMessage of(PaymentRefunded e) {
        return payment("REFUNDED", e.paymentId(), e.purpose(), e.reference(), e.amountVnd(), null, e.at());
    }

    /** The payment's reference is the dossier id for both purposes. */
    private PaymentMessage payment(String event, long paymentId, PaymentPurpose purpose, long dossierId, Long amount,
            String responseCode, Instant at) {
        Optional<DossierFacts.Fact> dossier = dossiers.get().find(dossierId);
        return new PaymentMessage(PaymentMessage.SCHEMA_VERSION, id("payment", paymentId, event, at), event, paymentId,
                purpose.name(), dossierId, dossier.map(DossierFacts.Fact::code).orElse(null),
                dossier.map(DossierFacts.Fact::agencyCode).orElse(null),
                dossier.map(d -> procedureCode(d.procedureId())).orElse(null), amount, responseCode, at);
    }

    private String procedureCode(long procedureId) {
        return catalog.get().find(procedureId).map(Procedure::code).orElse(null);
    }

    /** Derived from what identifies the change, so a message sent again after an outage keeps its id. */
    static String id(Object... parts) {
        StringBuilder name = new StringBuilder();
        for (Object part : parts) {
            name.append(part).append('|');
        }
        return UUID.nameUUIDFromBytes(name.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }
}
