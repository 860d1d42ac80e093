package vn.opendvc.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.identity.AccountKind;
import vn.opendvc.identity.AccountProfile;
import vn.opendvc.identity.Accounts;
import vn.opendvc.identity.AssuranceLevel;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.Role;

/** Accounts in the {@code account} and {@code account_role} tables. */
@Component
@Transactional(readOnly = true)
public class JdbcAccounts implements Accounts {

    private static final String SELECT = "select id, username, password_hash, kind, display_name, personal_id, tax_code,"
            + " date_of_birth, phone, email, agency_code, assurance_level, enabled from account";

    private final JdbcClient jdbc;

    JdbcAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CurrentUser> find(long accountId) {
        return byId(accountId).map(AccountRecord::toCurrentUser);
    }

    @Override
    public Optional<CurrentUser> findByUsername(String username) {
        return byUsername(username).map(AccountRecord::toCurrentUser);
    }

    @Override
    public Optional<AccountProfile> profile(long accountId) {
        return byId(accountId).map(AccountRecord::toProfile);
    }

    @Override
    public List<CurrentUser> officers(String agencyCode, Role role) {
        return jdbc.sql(SELECT + " where agency_code = ? and enabled = true and id in"
                        + " (select account_id from account_role where role = ?) order by display_name")
                .params(agencyCode, role.name()).query(this::row).list().stream()
                .map(this::withRoles).map(AccountRecord::toCurrentUser).toList();
    }

    public Optional<AccountRecord> byId(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::row).optional().map(this::withRoles);
    }

    public Optional<AccountRecord> byUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where username = ?").param(username.trim().toLowerCase(Locale.ROOT))
                .query(this::row).optional().map(this::withRoles);
    }

    public Optional<AccountRecord> byPersonalId(String personalId) {
        return jdbc.sql(SELECT + " where personal_id = ?").param(personalId).query(this::row).optional()
                .map(this::withRoles);
    }

    public Optional<AccountRecord> byTaxCode(String taxCode) {
        return jdbc.sql(SELECT + " where tax_code = ?").param(taxCode).query(this::row).optional()
                .map(this::withRoles);
    }

    public boolean usernameTaken(String username) {
        return exists("username", username);
    }

    /** Whether an enabled account holds the role. */
    public boolean anyEnabledWith(Role role) {
        return jdbc.sql("select count(*) from account a join account_role r on r.account_id = a.id"
                + " where r.role = ? and a.enabled = true").param(role.name()).query(Long.class).single() > 0;
    }

    private boolean exists(String column, String value) {
        return jdbc.sql("select count(*) from account where " + column + " = ?").param(value).query(Long.class)
                .single() > 0;
    }

    /** Inserts the account and its roles; the caller's transaction makes both or neither. */
    @Transactional
    public AccountRecord insert(AccountRecord account) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into account (username, password_hash, kind, display_name, personal_id, tax_code,"
                        + " date_of_birth, phone, email, agency_code, assurance_level, enabled, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(account.username(), account.passwordHash(), account.kind().name(), account.displayName(),
                        account.personalId(), account.taxCode(), account.dateOfBirth(), account.phone(),
                        account.email(), account.agencyCode(), account.assuranceLevel().name(), account.enabled(),
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        for (Role role : account.roles()) {
            jdbc.sql("insert into account_role (account_id, role) values (?, ?)").params(id, role.name()).update();
        }
        return account.withId(id);
    }

    @Transactional
    public void raiseAssurance(long id, AssuranceLevel level) {
        jdbc.sql("update account set assurance_level = ? where id = ?").params(level.name(), id).update();
    }

    /** The e-ID proved the number: no local password any more, and nothing signed in before now is accepted. */
    @Transactional
    public void bindToEid(long id, Instant at) {
        jdbc.sql("update account set password_hash = null, assurance_level = ?, credentials_changed_at = ? where id = ?")
                .params(AssuranceLevel.EID.name(), OffsetDateTime.ofInstant(at, ZoneOffset.UTC), id).update();
    }

    /**
     * Stores the new hash if the account still has {@code currentHash}, so that of two changes made at once only
     * one wins, and revokes whatever signed in before {@code at}.
     *
     * @return whether the password was changed
     */
    @Transactional
    public boolean changePassword(long id, String currentHash, String newHash, Instant at) {
        return jdbc.sql("update account set password_hash = ?, credentials_changed_at = ?"
                        + " where id = ? and password_hash = ?")
                .params(newHash, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), id, currentHash).update() == 1;
    }

    @Transactional
    public void verifyInPerson(long id, long verifiedBy, Instant at) {
        jdbc.sql("update account set assurance_level = ?, verified_by = ?, verified_at = ? where id = ?")
                .params(AssuranceLevel.IN_PERSON.name(), verifiedBy, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), id)
                .update();
    }

    /** Sessions and tokens of the account from before this moment are revoked; empty when none ever were. */
    public Optional<Instant> credentialsChangedAt(long id) {
        return jdbc.sql("select credentials_changed_at from account where id = ?").param(id)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))).list().stream()
                .flatMap(Optional::stream).findFirst().map(OffsetDateTime::toInstant);
    }

    private AccountRecord withRoles(AccountRecord account) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from account_role where account_id = ?").param(account.id()).query(String.class)
                .list().forEach(r -> roles.add(Role.valueOf(r)));
        return new AccountRecord(account.id(), account.username(), account.passwordHash(), account.kind(),
                account.displayName(), account.personalId(), account.taxCode(), account.dateOfBirth(),
                account.phone(), account.email(), account.agencyCode(), account.assuranceLevel(), account.enabled(),
                roles);
    }

    private AccountRecord row(ResultSet rs, int n) throws SQLException {
        return new AccountRecord(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                AccountKind.valueOf(rs.getString("kind")), rs.getString("display_name"), rs.getString("personal_id"),
                rs.getString("tax_code"), rs.getObject("date_of_birth", LocalDate.class), rs.getString("phone"),
                rs.getString("email"), rs.getString("agency_code"),
                AssuranceLevel.valueOf(rs.getString("assurance_level")), rs.getBoolean("enabled"), Set.of());
    }
}
