package vn.opendvc.identity.internal;

import vn.opendvc.identity.PersonalIdNumber;
import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Local login: by username, or by the personal ID number or tax code of the account. Accounts created through the
 * e-ID have no local password and cannot log in here.
 */
@Component
public class AccountUserDetailsService implements UserDetailsService {

    private final JdbcAccounts accounts;

    AccountUserDetailsService(JdbcAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        Optional<AccountRecord> account = accounts.byUsername(login);
        if (account.isEmpty()) {
            account = PersonalIdNumber.normalize(login).flatMap(accounts::byPersonalId);
        }
        if (account.isEmpty()) {
            account = TaxCode.normalize(login).flatMap(accounts::byTaxCode);
        }
        return account.filter(a -> a.passwordHash() != null).map(AccountUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("no local account"));
    }
}
