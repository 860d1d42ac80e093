package vn.opendvc.identity.internal;

import vn.opendvc.identity.OfficerAccountCreated;
import vn.opendvc.identity.EmailAddress;
import vn.opendvc.identity.PhoneNumber;
import vn.opendvc.identity.PersonalIdNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.identity.AccountKind;
import vn.opendvc.identity.AccountLinkedToEid;
import vn.opendvc.identity.AccountVerifiedInPerson;
import vn.opendvc.identity.AssuranceLevel;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.RegistrationForExistingAccount;
import vn.opendvc.identity.Role;
import vn.opendvc.identity.internal.RegistrationRejected.Violation;
import vn.opendvc.web.VietnamTime;

/**
 * Creates accounts: self-registration of citizens and businesses, officers, and citizens arriving through the
 * national e-ID. Every rule is checked before anything is written; a refused registration writes nothing.
 * <p>
 * Self-registration never reveals whether a username, ID number or tax code already has an account: such a
 * registration does the same work and gets the same answer as one that succeeds, saves nothing, and the holder of
 * the existing account is told instead ({@link RegistrationForExistingAccount}).
 */
@Service
public class AccountRegistry {

    /** Local usernames start with a letter, so they never clash with e-ID accounts named by their ID number. */
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,31}");
    private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");

    private static final Logger log = LoggerFactory.getLogger(AccountRegistry.class);

    private final JdbcAccounts accounts;
    private final PasswordEncoder passwords;
    private final AgencyDirectory agencies;
    private final ApplicationEventPublisher events;

    AccountRegistry(JdbcAccounts accounts, PasswordEncoder passwords, AgencyDirectory agencies,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.agencies = agencies;
        this.events = events;
    }

    /**
     * Registers the account, or, when its username, ID number or tax code already has one, saves nothing and tells
     * that account's holder; the caller cannot tell the two apart.
     *
     * @return the new account, or empty when one already existed
     * @throws RegistrationRejected when the form itself is wrong (never because something is taken)
     * @throws AlreadyRegistered    when a concurrent registration took the username or number first; answer it
     *                              as an empty result
     */
    @Transactional
    public Optional<CurrentUser> register(SelfRegistration form) {
        return Optional.ofNullable(selfRegistration(form, true));
    }

    /** Every reason the registration would be refused, without saving anything. */
    @Transactional(readOnly = true)
    public List<Violation> check(SelfRegistration form) {
        try {
            selfRegistration(form, false);
            return List.of();
        } catch (RegistrationRejected e) {
            return e.violations();
        }
    }

    /** Who a self-registered account belongs to: what differs between a citizen's and a business's registration. */
    private record Holder(AccountKind kind, Role role, String name, String personalId, String taxCode,
            LocalDate dateOfBirth) {
    }

    private CurrentUser selfRegistration(SelfRegistration form, boolean save) {
        List<Violation> violations = new ArrayList<>();
        String username = username(form.username(), violations);
        password(form.password(), violations);
        Holder holder = switch (form) {
            case CitizenRegistration citizen -> citizen(citizen, violations);
            case BusinessRegistration business -> business(business, violations);
        };
        String phone = phone(form.phone(), violations);
        String email = email(form.email(), violations);
        refuseIfAny(violations);
        if (!save) {
            return null;
        }
        // Hashed either way: the hash is most of the work, so a taken number answers in the same time as a free one.
        String hash = passwords.encode(form.password());
        Optional<AccountRecord> existing = existing(username, holder);
        if (existing.isPresent()) {
            events.publishEvent(new RegistrationForExistingAccount(existing.get().id(), Instant.now()));
            return null;
        }
        return save(new AccountRecord(0, username, hash, holder.kind(), holder.name(), holder.personalId(),
                holder.taxCode(), holder.dateOfBirth(), phone, email, null, AssuranceLevel.LOCAL, true,
                Set.of(holder.role())));
    }

    /** The account that already holds the number (first: its holder is the one to tell), or the username. */
    private Optional<AccountRecord> existing(String username, Holder holder) {
        Optional<AccountRecord> byNumber = holder.personalId() != null ? accounts.byPersonalId(holder.personalId())
                : accounts.byTaxCode(holder.taxCode());
        return byNumber.isPresent() ? byNumber : accounts.byUsername(username);
    }

    private Holder citizen(CitizenRegistration form, List<Violation> violations) {
        String name = name(form.fullName(), "fullName", violations);
        String personalId = PersonalIdNumber.normalize(form.personalId()).orElse(null);
        if (personalId == null) {
            violations.add(new Violation("personalId", "identity.error.personalId"));
        }
        LocalDate dateOfBirth = dateOfBirth(form.dateOfBirth(), violations);
        return new Holder(AccountKind.CITIZEN, Role.CITIZEN, name, personalId, null, dateOfBirth);
    }

    private Holder business(BusinessRegistration form, List<Violation> violations) {
        String name = name(form.businessName(), "businessName", violations);
        String taxCode = TaxCode.normalize(form.taxCode()).orElse(null);
        if (taxCode == null) {
            violations.add(new Violation("taxCode", "identity.error.taxCode"));
        }
        return new Holder(AccountKind.BUSINESS, Role.BUSINESS, name, null, taxCode, null);
    }

    /** An officer of one agency with officer roles only. */
    @Transactional
    public CurrentUser createOfficer(String usernameRaw, String password, String fullName, String agencyCode,
            Set<Role> roles, String phone, String email) {
        List<Violation> violations = new ArrayList<>();
        String username = username(usernameRaw, violations);
        // An administrator creates officers and may learn that a username is in use.
        if (username != null && accounts.usernameTaken(username)) {
            violations.add(new Violation("username", "identity.error.username.taken"));
        }
        password(password, violations);
        String name = name(fullName, "fullName", violations);
        if (agencyCode == null || agencies.find(agencyCode).isEmpty()) {
            violations.add(new Violation("agencyCode", "identity.error.agency"));
        }
        if (roles.isEmpty() || roles.stream().anyMatch(r -> !r.isOfficerRole())) {
            violations.add(new Violation("roles", "identity.error.roles"));
        }
        String normalizedPhone = phone == null || phone.isBlank() ? null : phone(phone, violations);
        String normalizedEmail = email(email, violations);
        refuseIfAny(violations);
        CurrentUser officer = save(new AccountRecord(0, username, passwords.encode(password), AccountKind.OFFICER, name,
                null, null, null, normalizedPhone, normalizedEmail, agencyCode, AssuranceLevel.LOCAL, true,
                EnumSet.copyOf(roles)));
        events.publishEvent(new OfficerAccountCreated(officer.accountId(), username, agencyCode, Set.copyOf(roles),
                Instant.now()));
        return officer;
    }

    /**
     * The citizen the e-ID vouches for: the account holding the ID number, raised to assurance level {@code EID},
     * or a new citizen account made from the e-ID's claims, named by the ID number and without a local password.
     *
     * @throws IllegalStateException when the number belongs to a disabled account
     * @throws DuplicateKeyException when the same person was created concurrently; calling again signs them in
     */
    @Transactional
    public CurrentUser signInWithEid(EidIdentity eid) {
        String personalId = PersonalIdNumber.normalize(eid.personalId())
                .orElseThrow(() -> new IllegalArgumentException("e-ID did not assert a valid personal ID number"));
        Optional<AccountRecord> existing = accounts.byPersonalId(personalId);
        if (existing.isPresent()) {
            AccountRecord account = existing.get();
            if (!account.enabled()) {
                throw new IllegalStateException("account " + account.id() + " is disabled");
            }
            if (account.assuranceLevel() == AssuranceLevel.LOCAL && account.passwordHash() != null) {
                revokeLocalCredentials(account);
            } else if (account.assuranceLevel() != AssuranceLevel.EID) {
                accounts.raiseAssurance(account.id(), AssuranceLevel.EID);
            }
            return accounts.byId(account.id()).orElseThrow().toCurrentUser();
        }
        String name = eid.fullName() == null || eid.fullName().isBlank() ? "Công dân " + personalId.substring(8)
                : collapse(eid.fullName());
        String phone = PhoneNumber.normalize(eid.phone()).orElse(null);
        String email = EmailAddress.normalize(eid.email()).orElse(null);
        return save(new AccountRecord(0, personalId, null, AccountKind.CITIZEN, truncate(name), personalId, null,
                eid.dateOfBirth(), phone, email, null, AssuranceLevel.EID, true, Set.of(Role.CITIZEN)));
    }

    /**
     * The number was only claimed when the account was made, perhaps by someone else: its password, sessions and
     * tokens stop working now, and only the e-ID signs in to it from here on.
     */
    private void revokeLocalCredentials(AccountRecord account) {
        Instant now = Instant.now();
        accounts.bindToEid(account.id(), now);
        log.info("AccountLinkedToEid: account {} proven by the e-ID; its local password, sessions and tokens were"
                + " revoked", account.id());
        events.publishEvent(new AccountLinkedToEid(account.id(), now, account.phone(), account.email()));
    }

    /**
     * An officer or a post-office agent saw the holder's identity document: the citizen with this ID number, or the
     * business with this tax code, is raised to {@link AssuranceLevel#IN_PERSON}, recording who and when. An account
     * proven by the e-ID stays at that level.
     *
     * @return the account, or empty when no account holds the number
     * @throws IllegalArgumentException when {@code by} is neither an officer nor an agent
     */
    @Transactional
    public Optional<CurrentUser> verifyInPerson(CurrentUser by, String number) {
        if (!by.isOfficer() || !by.hasAnyRole(Set.of(Role.RECEIVER, Role.AGENT))) {
            throw new IllegalArgumentException("only a receiving officer or a post-office agent verifies in person");
        }
        Optional<AccountRecord> account = PersonalIdNumber.normalize(number).flatMap(accounts::byPersonalId)
                .or(() -> TaxCode.normalize(number).flatMap(accounts::byTaxCode))
                .filter(AccountRecord::enabled);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        long id = account.get().id();
        if (account.get().assuranceLevel() == AssuranceLevel.LOCAL) {
            Instant now = Instant.now();
            accounts.verifyInPerson(id, by.accountId(), now);
            events.publishEvent(new AccountVerifiedInPerson(id, by.accountId(), now));
        }
        return accounts.find(id);
    }

    private CurrentUser save(AccountRecord account) {
        try {
            return accounts.insert(account).toCurrentUser();
        } catch (DuplicateKeyException e) {
            if (account.kind() == AccountKind.OFFICER) {
                throw new RegistrationRejected(List.of(new Violation("username", "identity.error.username.taken")));
            }
            if (account.passwordHash() != null) {
                // Two self-registrations raced for the same username, ID number or tax code: the loser is answered
                // like any registration of a taken one (the exception rolls the failed insert back).
                throw new AlreadyRegistered();
            }
            throw e;
        }
    }

    private static void refuseIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new RegistrationRejected(violations);
        }
    }

    private String username(String raw, List<Violation> violations) {
        String username = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            violations.add(new Violation("username", "identity.error.username"));
            return null;
        }
        return username;
    }

    private static void password(String password, List<Violation> violations) {
        if (!PasswordRule.acceptable(password)) {
            violations.add(new Violation("password", "identity.error.password"));
        }
    }

    private static String name(String raw, String field, List<Violation> violations) {
        String name = raw == null ? "" : collapse(raw);
        if (name.isEmpty()) {
            violations.add(new Violation(field, "identity.error.required"));
        } else if (name.length() > 255 || !HAS_LETTER.matcher(name).find()) {
            violations.add(new Violation(field, "identity.error.name"));
        }
        return name;
    }

    private static LocalDate dateOfBirth(String raw, List<Violation> violations) {
        if (raw == null || raw.isBlank()) {
            violations.add(new Violation("dateOfBirth", "identity.error.required"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(raw.trim());
            if (date.isAfter(LocalDate.now(VietnamTime.ZONE)) || date.getYear() < 1900) {
                violations.add(new Violation("dateOfBirth", "identity.error.dateOfBirth"));
            }
            return date;
        } catch (DateTimeParseException e) {
            violations.add(new Violation("dateOfBirth", "identity.error.dateOfBirth"));
            return null;
        }
    }

    private static String phone(String raw, List<Violation> violations) {
        if (raw == null || raw.isBlank()) {
            violations.add(new Violation("phone", "identity.error.required"));
            return null;
        }
        Optional<String> phone = PhoneNumber.normalize(raw);
        if (phone.isEmpty()) {
            violations.add(new Violation("phone", "identity.error.phone"));
        }
        return phone.orElse(null);
    }

    /** E-mail is optional; when given it must be an address. */
    private static String email(String raw, List<Violation> violations) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Optional<String> email = EmailAddress.normalize(raw);
        if (email.isEmpty()) {
            violations.add(new Violation("email", "identity.error.email"));
        }
        return email.orElse(null);
    }

    private static String collapse(String s) {
        return s.trim().replaceAll("\\s+", " ");
    }

    private static String truncate(String s) {
        return s.length() <= 255 ? s : s.substring(0, 255);
    }
}
