package vn.opendvc.assistance.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.opendvc.payment.PaymentPurpose;
import vn.opendvc.payment.PaymentSucceeded;

/** A confirmed online payment of an agent's service fee marks the fee paid; the dossier's own fee is not ours. */
@Component
class OnlineAgentFees {

    private final AgentFees fees;

    OnlineAgentFees(AgentFees fees) {
        this.fees = fees;
    }

    @ApplicationModuleListener
    void on(PaymentSucceeded paid) {
        if (paid.purpose() == PaymentPurpose.AGENT_FEE) {
            fees.paidOnline(paid.reference(), paid.paymentId(), paid.at());
        }
    }
}
