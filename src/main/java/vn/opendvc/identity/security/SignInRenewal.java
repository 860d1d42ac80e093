package vn.opendvc.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.internal.AccountUser;
import vn.opendvc.identity.internal.AccountUserDetailsService;

/**
 * Keeps the page session that changed the account's password: it is signed in again as of now, with the new
 * password just proven, so {@link RevokedSignIns} ends only the account's other sessions. The session id changes,
 * as after any login.
 */
@Component
public class SignInRenewal {

    private final AccountUserDetailsService accounts;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    /** Where the page chain keeps the signed-in account (Spring Security's default). */
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    SignInRenewal(AccountUserDetailsService accounts) {
        this.accounts = accounts;
    }

    /** Call after the change was committed: the new sign-in must be later than the revocation. */
    public void renew(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
        AccountUser account = (AccountUser) accounts.loadUserByUsername(user.username());
        account.eraseCredentials();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        holder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        contexts.saveContext(context, request, response);
    }
}
