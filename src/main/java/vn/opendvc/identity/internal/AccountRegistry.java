package vn.opendvc.identity.internal;

import vn.opendvc.identity.EmailAddress;
import vn.opendvc.identity.PhoneNumber;
import vn.opendvc.identity.PersonalIdNumber;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.identity.AccountKind;
import vn.opendvc.identity.AssuranceLevel;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.Role;
import vn.opendvc.identity.internal.RegistrationRejected.Violation;
import vn.opendvc.web.VietnamTime;

/**
 * Creates accounts: self-registration of citizens and businesses, officers, and citizens arriving through the
 * national e-ID. Every rule is checked before anything is written; a refused registration writes nothing.
 */
@Service
public class AccountRegistry {

    /** Local usernames start with a letter, so they never clash with e-ID accounts named by their ID number. */
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,31}");
    private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");

    private final JdbcAccounts accounts;
    private final PasswordEncoder passwords;
    private final AgencyDirectory agencies;

    AccountRegistry(JdbcAccounts accounts, PasswordEncoder passwords, AgencyDirectory agencies) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.agencies = agencies;
    }

    @Transactional
    public CurrentUser register(SelfRegistration form) {
        return selfRegistration(form, true);
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
        return save(new AccountRecord(0, username, passwords.encode(form.password()), holder.kind(), holder.name(),
                holder.personalId(), holder.taxCode(), holder.dateOfBirth(), phone, email, null, AssuranceLevel.LOCAL,
                true, Set.of(holder.role())));
    }

    private Holder citizen(CitizenRegistration form, List<Violation> violations) {
        String name = name(form.fullName(), "fullName", violations);
        String personalId = PersonalIdNumber.normalize(form.personalId()).orElse(null);
        if (personalId == null) {
            violations.add(new Violation("personalId", "identity.error.personalId"));
        } else if (accounts.personalIdTaken(personalId)) {
            violations.add(new Violation("personalId", "identity.error.personalId.taken"));
        }
        LocalDate dateOfBirth = dateOfBirth(form.dateOfBirth(), violations);
        return new Holder(AccountKind.CITIZEN, Role.CITIZEN, name, personalId, null, dateOfBirth);
    }

    private Holder business(BusinessRegistration form, List<Violation> violations) {
        String name = name(form.businessName(), "businessName", violations);
        String taxCode = TaxCode.normalize(form.taxCode()).orElse(null);
        if (taxCode == null) {
            violations.add(new Violation("taxCode", "identity.error.taxCode"));
        } else if (accounts.taxCodeTaken(taxCode)) {
            violations.add(new Violation("taxCode", "identity.error.taxCode.taken"));
        }
        return new Holder(AccountKind.BUSINESS, Role.BUSINESS, name, null, taxCode, null);
    }

    /** An officer of one agency with officer roles only. */
    @Transactional
    public CurrentUser createOfficer(String usernameRaw, String password, String fullName, String agencyCode,
            Set<Role> roles, String phone, String email) {
        List<Violation> violations = new ArrayList<>();
        String username = username(usernameRaw, violations);
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
        return save(new AccountRecord(0, username, passwords.encode(password), AccountKind.OFFICER, name, null, null,
                null, normalizedPhone, normalizedEmail, agencyCode, AssuranceLevel.LOCAL, true, EnumSet.copyOf(roles)));
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
            if (account.assuranceLevel() != AssuranceLevel.EID) {
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

    private CurrentUser save(AccountRecord account) {
        try {
            return accounts.insert(account).toCurrentUser();
        } catch (DuplicateKeyException e) {
            if (account.personalId() == null || account.passwordHash() != null) {
                // Two registrations raced for the same username, ID number or tax code.
                throw new RegistrationRejected(List.of(new Violation("username", "identity.error.duplicate")));
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
        if (accounts.usernameTaken(username)) {
            violations.add(new Violation("username", "identity.error.username.taken"));
        }
        return username;
    }

    private static void password(String password, List<Violation> violations) {
        // BCrypt reads at most 72 bytes: a longer password would be silently cut, so it is refused.
        if (password == null || password.length() < 8 || password.length() > 64
                || password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72
                || !HAS_LETTER.matcher(password).find() || !HAS_DIGIT.matcher(password).find()) {
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
