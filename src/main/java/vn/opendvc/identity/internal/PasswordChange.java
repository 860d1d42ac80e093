package vn.opendvc.identity.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.PasswordChanged;
import vn.opendvc.identity.internal.RegistrationRejected.Violation;

/**
 * The signed-in holder changes the account's local password, proving the current one. The new one follows the
 * {@link PasswordRule} of registration, and every session and token of the account from before the change is revoked
 * (the caller renews its own session; see {@code SignInRenewal}). Fields refused: {@code currentPassword},
 * {@code newPassword}, {@code newPasswordConfirm}, all reported at once.
 */
@Service
public class PasswordChange {

    private static final Logger log = LoggerFactory.getLogger(PasswordChange.class);

    private final JdbcAccounts accounts;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    PasswordChange(JdbcAccounts accounts, PasswordEncoder passwords, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.events = events;
    }

    /** Whether the account has a password of its own to change: one created by the e-ID has none. */
    @Transactional(readOnly = true)
    public boolean possible(long accountId) {
        return accounts.byId(accountId).filter(AccountRecord::enabled).map(a -> a.passwordHash() != null)
                .orElse(false);
    }

    /**
     * Changes the password and publishes {@link PasswordChanged} in the same transaction.
     *
     * @param confirmation the new password typed a second time (an app that confirms on its own screen passes the
     *                     new password again)
     * @return when: sessions signed in and tokens issued before it are no longer accepted
     * @throws Rejected        with every reason, when a field is wrong; nothing changed
     * @throws NoLocalPassword when the account signs in with the e-ID only
     */
    @Transactional
    public Instant change(CurrentUser user, String currentPassword, String newPassword, String confirmation) {
        AccountRecord account = accounts.byId(user.accountId()).filter(AccountRecord::enabled)
                .orElseThrow(() -> new AccessDeniedException("account removed or disabled"));
        if (account.passwordHash() == null) {
            throw new NoLocalPassword();
        }
        List<Violation> violations = new ArrayList<>();
        boolean currentRight = false;
        if (isEmpty(currentPassword)) {
            violations.add(new Violation("currentPassword", "identity.error.required"));
        } else if (PasswordRule.fitsBcrypt(currentPassword)
                && passwords.matches(currentPassword, account.passwordHash())) {
            currentRight = true;
        } else {
            violations.add(new Violation("currentPassword", "identity.error.currentPassword"));
        }
        if (isEmpty(newPassword)) {
            violations.add(new Violation("newPassword", "identity.error.required"));
        } else if (!PasswordRule.acceptable(newPassword)) {
            violations.add(new Violation("newPassword", "identity.error.password"));
        } else if (currentRight && newPassword.equals(currentPassword)) {
            violations.add(new Violation("newPassword", "identity.error.newPassword.same"));
        }
        if (!Objects.equals(newPassword, confirmation)) {
            violations.add(new Violation("newPasswordConfirm", "identity.error.passwordConfirm"));
        }
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        // Micros: what PostgreSQL keeps, so the event says the very moment the revocation is compared against.
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (!accounts.changePassword(account.id(), account.passwordHash(), passwords.encode(newPassword), at)) {
            // Another session changed it meanwhile: the password given is no longer the current one.
            throw new Rejected(List.of(new Violation("currentPassword", "identity.error.currentPassword")));
        }
        log.info("PasswordChanged: account {} changed its password; its other sessions and tokens were revoked",
                account.id());
        events.publishEvent(new PasswordChanged(account.id(), at));
        return at;
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }

    /** A change that was refused, with every reason (field and message key); nothing was changed. */
    public static class Rejected extends RuntimeException {

        private final List<Violation> violations;

        Rejected(List<Violation> violations) {
            super("password change rejected: " + violations.stream().map(Violation::code).toList(), null, false,
                    false);
            this.violations = List.copyOf(violations);
        }

        public List<Violation> violations() {
            return violations;
        }
    }

    /** The account has no local password (it signs in with the national e-ID): there is nothing to change. */
    public static class NoLocalPassword extends RuntimeException {

        NoLocalPassword() {
            super("the account has no local password", null, false, false);
        }
    }
}
