package vn.opendvc.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.opendvc.identity.AccountLinkedToEid;
import vn.opendvc.identity.AccountVerifiedInPerson;
import vn.opendvc.identity.PasswordChanged;
import vn.opendvc.identity.RegistrationForExistingAccount;

/**
 * Security messages about an account: the account's owner learns of every change to how it signs in or proves who
 * it is, so a change they did not make does not go unnoticed. They cannot be switched off.
 */
@Component
class AccountNotices {

    private final Recipients recipients;
    private final Notifier notifier;

    AccountNotices(Recipients recipients, Notifier notifier) {
        this.recipients = recipients;
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(AccountLinkedToEid e) {
        tell(e.accountId(), NotificationKind.EID_LINKED, e.at());
    }

    @ApplicationModuleListener
    void on(AccountVerifiedInPerson e) {
        tell(e.accountId(), NotificationKind.VERIFIED_IN_PERSON, e.at());
    }

    @ApplicationModuleListener
    void on(PasswordChanged e) {
        tell(e.accountId(), NotificationKind.PASSWORD_CHANGED, e.at());
    }

    @ApplicationModuleListener
    void on(RegistrationForExistingAccount e) {
        tell(e.accountId(), NotificationKind.REGISTRATION_ATTEMPT, e.at());
    }

    private void tell(long accountId, NotificationKind kind, Instant at) {
        recipients.account(accountId).ifPresent(to -> notifier.tell(List.of(new Notice(
                "account:" + accountId + ":" + kind.name() + ":" + at.toEpochMilli(), kind, to, Map.of(), "/me"))));
    }
}
