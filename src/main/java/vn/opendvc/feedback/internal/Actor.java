package vn.opendvc.feedback.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import vn.opendvc.feedback.FeedbackTransitions.Party;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.Role;

/**
 * Who acts on a feedback: a signed-in account, and whether they showed the feedback's tracking token (an anonymous
 * author), or the system.
 */
public record Actor(Optional<CurrentUser> user, Optional<String> token, boolean system) {

    /** A tracking token is 43 characters; anything far longer is not one and is refused, whoever sends it. */
    static final int MAX_TOKEN = 200;

    /** @throws vn.opendvc.web.Problem 400 for a token longer than {@link #MAX_TOKEN} */
    public static Actor of(Optional<CurrentUser> user, String token) {
        if (token != null && token.length() > MAX_TOKEN) {
            throw vn.opendvc.web.Problems.badRequest(vn.opendvc.web.Message.of("feedback.invalid.token", MAX_TOKEN));
        }
        return new Actor(user, Optional.ofNullable(token).filter(t -> !t.isBlank()), false);
    }

    public static Actor user(CurrentUser user) {
        return new Actor(Optional.of(user), Optional.empty(), false);
    }

    static final Actor SYSTEM = new Actor(Optional.empty(), Optional.empty(), true);

    public Long accountId() {
        return user.map(CurrentUser::accountId).orElse(null);
    }

    /** The parties this actor is for one feedback: author by account or token; an officer of its agency by role. */
    Set<Party> parties(FeedbackRecord f, boolean tokenMatches) {
        Set<Party> parties = EnumSet.noneOf(Party.class);
        if (system) {
            parties.add(Party.SYSTEM);
        }
        user.ifPresent(u -> {
            if (f.authorAccountId() != null && f.authorAccountId() == u.accountId()) {
                parties.add(Party.AUTHOR);
            }
            if (u.worksAt(f.agencyCode())) {
                if (u.hasRole(Role.RECEIVER)) {
                    parties.add(Party.RECEIVER);
                }
                if (u.hasRole(Role.SPECIALIST)) {
                    parties.add(Party.SPECIALIST);
                }
                if (u.hasRole(Role.LEADER)) {
                    parties.add(Party.LEADER);
                }
            }
        });
        if (tokenMatches) {
            parties.add(Party.AUTHOR);
        }
        return parties;
    }
}
