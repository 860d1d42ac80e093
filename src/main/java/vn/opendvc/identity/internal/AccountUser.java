package vn.opendvc.identity.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.opendvc.identity.CurrentUser;

/** The principal of a local (form or token endpoint) login. */
public final class AccountUser implements UserDetails, CredentialsContainer, CurrentUser.Carrier, SignedIn {

    private final CurrentUser user;
    private final boolean enabled;
    /** Made when the login is checked: loading the account is the first step of a password login. */
    private final Instant signedInAt = Instant.now();
    private String passwordHash;

    AccountUser(AccountRecord account) {
        this.user = account.toCurrentUser();
        this.enabled = account.enabled();
        this.passwordHash = account.passwordHash();
    }

    public static List<GrantedAuthority> authorities(CurrentUser user) {
        return user.roles().stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    @Override
    public Instant signedInAt() {
        return signedInAt;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(user);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "AccountUser[" + user + "]";
    }
}
