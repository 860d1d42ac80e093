package vn.opendvc.assistance.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.opendvc.agency.Agency;
import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.assistance.internal.AgentFees;
import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.payment.Payment;
import vn.opendvc.payment.PaymentPurpose;
import vn.opendvc.payment.Payments;

/**
 * The agent's service fee on the citizen's dossier page ({@code templates/assistance/fee.html}), apart from the
 * procedure's fee; the dossier page includes it with the dossier it loaded, the template calls
 * {@code ${@agentFee.panel(d)}}. Shown only to the citizen whose assisted dossier it is.
 *
 * @see AgentFees
 */
@Component("agentFee")
public class AgentFeePanel {

    private final AgentFees fees;
    private final Payments payments;
    private final AgencyDirectory agencies;

    AgentFeePanel(AgentFees fees, Payments payments, AgencyDirectory agencies) {
        this.fees = fees;
        this.agencies = agencies;
        this.payments = payments;
    }

    /**
     * @param attempt  the idempotency key of the pay button: a double click pays once
     * @param payments the online payments of the fee, newest first
     */
    public record Panel(AgentFees.Fee fee, String organisationName, String attempt, List<Payment> payments) {

        /** Still due: paying again while a payment is open leads back to that payment. */
        public boolean payable() {
            return fee.status() == AgentFees.Status.DUE;
        }
    }

    public Optional<Panel> panel(Dossier d) {
        if (d.channel() != Channel.ASSISTED) {
            return Optional.empty();
        }
        return CurrentUser.from(SecurityContextHolder.getContext().getAuthentication())
                .filter(user -> user.accountId() == d.applicantId())
                .flatMap(user -> fees.find(user, d.id()))
                .map(fee -> new Panel(fee, agencies.find(fee.organisation()).map(Agency::name)
                        .orElse(fee.organisation()), UUID.randomUUID().toString(),
                        payments.forReference(PaymentPurpose.AGENT_FEE, d.id())));
    }
}
