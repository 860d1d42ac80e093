package vn.opendvc.audit.internal;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import vn.opendvc.identity.OfficerAccountCreated;
import vn.opendvc.identity.AccountLinkedToEid;
import vn.opendvc.identity.AccountVerifiedInPerson;
import vn.opendvc.identity.PasswordChanged;
import vn.opendvc.identity.AccountOpenedByAgent;
import vn.opendvc.assistance.AssistedConsentGiven;
import vn.opendvc.identity.RegistrationForExistingAccount;
import vn.opendvc.catalog.CatalogChanged;
import vn.opendvc.connected.ConnectedWithdrawn;
import vn.opendvc.connected.MemberHandedOff;
import vn.opendvc.connected.MemberStopped;
import vn.opendvc.calendar.AnnouncedDayChange;
import vn.opendvc.dossier.DossierStatusChanged;
import vn.opendvc.payment.DiscountChanged;
import vn.opendvc.payment.PaymentExpired;
import vn.opendvc.payment.PaymentFailed;
import vn.opendvc.payment.PaymentRefundDue;
import vn.opendvc.payment.PaymentRefunded;
import vn.opendvc.payment.PaymentSucceeded;
import vn.opendvc.prefill.DataAccess;
import vn.opendvc.workflow.StepChange;

/**
 * Turns the modules' domain events and Spring Security's authentication events into audit entries. Every listener is
 * a plain synchronous {@code @EventListener}: it runs inside the publisher's transaction, so the entry commits or rolls
 * back with the change (an {@code @ApplicationModuleListener} would run after the commit, when a crash can lose it).
 * The actor is the signed-in user when there is one, else what the event names (a gateway callback, a job).
 */
@Component
class AuditListeners {

    private final AuditChain chain;

    AuditListeners(AuditChain chain) {
        this.chain = chain;
    }

    @EventListener
    void on(DossierStatusChanged event) {
        chain.record(AuditKind.DOSSIER_TRANSITION, actor("account:" + event.actorId()), "dossier:" + event.code(),
                CanonicalJson.of(event));
    }

    @EventListener
    void on(PaymentSucceeded event) {
        payment(AuditKind.PAYMENT_SUCCEEDED, event.paymentId(), event);
    }

    @EventListener
    void on(PaymentFailed event) {
        payment(AuditKind.PAYMENT_FAILED, event.paymentId(), event);
    }

    @EventListener
    void on(PaymentExpired event) {
        payment(AuditKind.PAYMENT_EXPIRED, event.paymentId(), event);
    }

    @EventListener
    void on(PaymentRefundDue event) {
        payment(AuditKind.PAYMENT_REFUND_DUE, event.paymentId(), event);
    }

    @EventListener
    void on(PaymentRefunded event) {
        payment(AuditKind.PAYMENT_REFUNDED, event.paymentId(), event);
    }

    @EventListener
    void on(AnnouncedDayChange event) {
        chain.record(AuditKind.CALENDAR_CHANGE, actor(event.changedBy()), "calendar:" + event.date(),
                CanonicalJson.of(event));
    }

    @EventListener
    void on(StepChange event) {
        chain.record(AuditKind.STEPS_CHANGE, actor(event.changedBy()), "procedure:" + event.procedureId(),
                CanonicalJson.of(event));
    }

    @EventListener
    void on(DiscountChanged event) {
        String scope = event.id() != null ? "discount:" + event.id()
                : "discount:" + (event.agencyCode() == null ? "*" : event.agencyCode()) + "/"
                        + (event.procedureCode() == null ? "*" : event.procedureCode());
        chain.record(AuditKind.DISCOUNT_CHANGE, actor(event.changedBy() == null ? "-" : event.changedBy()), scope,
                CanonicalJson.of(event));
    }

    /** A catalogue import that added or changed procedures: by the ADMIN who imported, or the start-up seed. */
    @EventListener
    void on(CatalogChanged event) {
        chain.record(AuditKind.CATALOG_CHANGE, actor("system"), "catalog:" + event.file(), CanonicalJson.of(event));
    }

    /** An e-ID login proved a locally created account: its password, sessions and tokens were revoked. */
    @EventListener
    void on(AccountLinkedToEid event) {
        chain.record(AuditKind.ASSURANCE_CHANGE, actor("account:" + event.accountId()), "account:" + event.accountId(),
                CanonicalJson.write(new TreeMap<>(Map.of("accountId", event.accountId(), "at", event.at().toString(),
                        "level", "EID", "localCredentialsRevoked", true))));
    }

    /** An officer account with its agency and roles. */
    @EventListener
    void on(OfficerAccountCreated event) {
        chain.record(AuditKind.ACCOUNT_CHANGE, actor("system"), "account:" + event.accountId(),
                CanonicalJson.of(event));
    }

    /** An officer or agent checked the holder's identity document. */
    @EventListener
    void on(AccountVerifiedInPerson event) {
        chain.record(AuditKind.ASSURANCE_CHANGE, actor("account:" + event.verifiedBy()),
                "account:" + event.accountId(), CanonicalJson.of(event));
    }

    /** A registration over an existing account: answered as if it worked, recorded here. */
    @EventListener
    void on(RegistrationForExistingAccount event) {
        chain.record(AuditKind.REGISTRATION_REFUSED, actor("-"), "account:" + event.accountId(),
                CanonicalJson.of(event));
    }

    /** The account's own password change: its other sessions and tokens were ended with it. */
    @EventListener
    void on(PasswordChanged event) {
        chain.record(AuditKind.PASSWORD_CHANGE, actor("account:" + event.accountId()),
                "account:" + event.accountId(), CanonicalJson.of(event));
    }

    /** A citizen's consent to an agent submitting for them: who, for whom, which dossier, how. */
    @EventListener
    void on(AssistedConsentGiven event) {
        chain.record(AuditKind.ASSISTED_CONSENT, actor("account:" + event.agentId()), "dossier-id:" + event.dossierId(),
                CanonicalJson.of(event));
    }

    /** A connected procedure's result and data handed on to the next agency's member dossier. */
    @EventListener
    void on(MemberHandedOff event) {
        chain.record(AuditKind.CONNECTED_HAND_OFF, actor("system:connected"), "dossier:" + event.memberCode(),
                CanonicalJson.of(event));
    }

    /** A connected procedure's member that will not start, with the reason. */
    @EventListener
    void on(MemberStopped event) {
        chain.record(AuditKind.CONNECTED_HAND_OFF, actor("system:connected"), "dossier-id:" + event.memberId(),
                CanonicalJson.of(event));
    }

    /** The applicant withdrew a connected procedure's dossier, and with it its open members. */
    @EventListener
    void on(ConnectedWithdrawn event) {
        chain.record(AuditKind.CONNECTED_WITHDRAWAL, actor("account:" + event.applicantId()),
                "dossier:" + event.parentCode(), CanonicalJson.of(event));
    }

    /** An agent opened a citizen's account at the desk. */
    @EventListener
    void on(AccountOpenedByAgent event) {
        chain.record(AuditKind.ACCOUNT_CHANGE, actor("account:" + event.agentId()), "account:" + event.accountId(),
                CanonicalJson.of(event));
    }

    /** Every lookup in a national registry, refused ones included: whose data, by whom, with or without consent. */
    @EventListener
    void on(DataAccess event) {
        chain.record(AuditKind.REGISTRY_ACCESS, actor("account:" + event.actorAccountId()),
                "person:" + event.subjectNumber(), CanonicalJson.of(event));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        chain.record(AuditKind.LOGIN, authentication.getName(), "account:" + authentication.getName(),
                CanonicalJson.write(login(authentication, null)));
    }

    /** The attempted name is recorded, never what was typed as the password. */
    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String name = attempt.getName() == null ? "-" : attempt.getName();
        chain.record(AuditKind.LOGIN_FAILED, name, "account:" + name,
                CanonicalJson.write(login(attempt, event.getException().getClass().getSimpleName())));
    }

    private void payment(String kind, long paymentId, Record event) {
        chain.record(kind, actor("system:payment"), "payment:" + paymentId, CanonicalJson.of(event));
    }

    private static TreeMap<String, Object> login(Authentication authentication, String failure) {
        TreeMap<String, Object> content = new TreeMap<>();
        content.put("method", authentication.getClass().getSimpleName());
        if (authentication.getDetails() instanceof WebAuthenticationDetails web) {
            content.put("remoteAddress", web.getRemoteAddress());
        }
        if (failure != null) {
            content.put("failure", failure);
        }
        return content;
    }

    private static String actor(String fallback) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !current.isAuthenticated() || current instanceof AnonymousAuthenticationToken) {
            return fallback;
        }
        return current.getName();
    }
}
