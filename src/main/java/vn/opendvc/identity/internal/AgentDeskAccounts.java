package vn.opendvc.identity.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.identity.AccountKind;
import vn.opendvc.identity.AccountOpenedByAgent;
import vn.opendvc.identity.AssuranceLevel;
import vn.opendvc.identity.CitizenAccounts;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.PersonalIdNumber;
import vn.opendvc.identity.PhoneNumber;
import vn.opendvc.identity.Role;

/** Finding and opening citizen accounts at an agent's desk. */
@Component
class AgentDeskAccounts implements CitizenAccounts {

    private final JdbcAccounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgentDeskAccounts(JdbcAccounts accounts, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Optional<CurrentUser> findByPersonalId(String personalId) {
        return PersonalIdNumber.normalize(personalId).flatMap(accounts::byPersonalId)
                .filter(a -> a.enabled() && a.kind() == AccountKind.CITIZEN).map(AccountRecord::toCurrentUser);
    }

    @Override
    @Transactional
    public CurrentUser openForCitizen(CurrentUser agent, String personalId, String fullName, String phone) {
        if (!agent.hasAnyRole(Set.of(Role.AGENT, Role.RECEIVER))) {
            throw new IllegalStateException("only an agent or a receiving officer opens an account for a citizen");
        }
        String number = PersonalIdNumber.normalize(personalId)
                .orElseThrow(() -> new IllegalArgumentException("personalId"));
        String name = fullName == null ? "" : fullName.strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > 200) {
            throw new IllegalArgumentException("fullName");
        }
        String national = phone == null || phone.isBlank() ? null
                : PhoneNumber.normalize(phone).orElseThrow(() -> new IllegalArgumentException("phone"));
        if (accounts.byPersonalId(number).isPresent()) {
            throw new IllegalArgumentException("personalId");
        }
        CurrentUser opened = accounts.insert(new AccountRecord(0, number, null, AccountKind.CITIZEN, name, number, null,
                null, national, null, null, AssuranceLevel.LOCAL, true, Set.of(Role.CITIZEN))).toCurrentUser();
        events.publishEvent(new AccountOpenedByAgent(opened.accountId(), agent.accountId(), clock.instant()));
        return opened;
    }
}
