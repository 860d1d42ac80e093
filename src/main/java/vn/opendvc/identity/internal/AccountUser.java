package vn.opendvc.identity.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.opendvc.identity.CurrentUser;

/** The principal of a local (form or token endpoint) login. */
public final class AccountUser implements UserDetails, CredentialsContainer, CurrentUser.Carrier {

    private final CurrentUser user;
    private final boolean enabled;
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
