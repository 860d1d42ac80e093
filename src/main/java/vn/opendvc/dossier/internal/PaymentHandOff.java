package vn.opendvc.dossier.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.dossier.DossierProblem;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.payment.PaymentStarted;
import vn.opendvc.payment.Payments;
import vn.opendvc.web.Message;

/**
 * Hands the fee quoted at submission to the payment module: only the applicant pays, only after submitting and
 * before processing ends, only when a fee is due. A confirmed payment comes back as an event
 * ({@link PaymentConfirmations}).
 */
@Component
class PaymentHandOff {

    private final DossierAccess access;
    private final Payments payments;

    PaymentHandOff(DossierAccess access, Payments payments) {
        this.access = access;
        this.payments = payments;
    }

    @Transactional
    PaymentStarted start(CurrentUser by, long id, String idempotencyKey, String clientIp) {
        DossierStore.Row row = access.visible(by, id);
        DossierAccess.requireApplicant(by, row, "pay");
        if (row.status() != DossierStatus.SUBMITTED && row.status() != DossierStatus.PAYMENT_REQUIRED) {
            throw DossierProblem.illegalTransition(Message.of("dossier.refused.pay-status"));
        }
        if (row.feeDueVnd() == null || row.feeDueVnd() <= 0) {
            throw DossierProblem.illegalTransition(Message.of("dossier.refused.no-fee"));
        }
        return payments.start(idempotencyKey, id, by.accountId(), row.agencyCode(), row.feeDueVnd(),
                "Nop phi, le phi ho so " + row.code(), clientIp);
    }
}
