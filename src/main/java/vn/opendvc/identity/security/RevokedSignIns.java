package vn.opendvc.identity.security;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.internal.JdbcAccounts;
import vn.opendvc.identity.internal.SignedIn;

/**
 * Ends a page session that signed in before its account's credentials were revoked (an e-ID login proved the number
 * of an account someone had created with a password, or the password was changed in another session). The stamp is
 * in the database, so this holds on every node whatever keeps the sessions; the visitor continues anonymously and is
 * sent to the login page where one is needed.
 * Not a bean: Spring Boot would also register it as a servlet filter outside the security chain.
 */
final class RevokedSignIns extends OncePerRequestFilter {

    private final JdbcAccounts accounts;

    RevokedSignIns(JdbcAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedIn signedIn
                && revoked(CurrentUser.from(authentication), signedIn.signedInAt())) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean revoked(Optional<CurrentUser> user, Instant signedInAt) {
        return user.flatMap(u -> accounts.credentialsChangedAt(u.accountId()))
                .filter(changedAt -> signedInAt.isBefore(changedAt)).isPresent();
    }
}
