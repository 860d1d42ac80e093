package vn.opendvc.sync.internal;

import java.io.Serializable;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.files.Sha256;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;

/**
 * The source systems an administrator registered: each may report for its own agencies only, with API keys that are
 * random, shown once and kept as a SHA-256 hash. Rotating issues a new key and revokes the old ones; revoking leaves
 * the system without a key until the next rotation.
 */
@Component
public class SourceSystems {

    /** A system as a sync call authenticated by its key acts. */
    public record Source(long id, String name, Set<String> agencies) {

        boolean reportsFor(String agency) {
            return agencies.contains(agency);
        }
    }

    /**
     * A key just issued: the only time it is seen. Serializable: the page shows it after a redirect, as a flash
     * attribute of the session, and sessions are kept in the database (removed at that next request).
     */
    public record Issued(long systemId, String apiKey) implements Serializable {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String KEY_PREFIX = "odvc_sync_";

    private final JdbcClient jdbc;
    private final AgencyDirectory agencies;
    private final Clock clock;

    SourceSystems(JdbcClient jdbc, AgencyDirectory agencies, Clock clock) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** Registers a system with the agencies it reports for and issues its first key (400 on a bad name or agency). */
    @Transactional
    public Issued register(String name, List<String> agencyCodes) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 200) {
            throw invalid("name", "sync.system.invalid.name");
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String code : agencyCodes == null ? List.<String>of() : agencyCodes) {
            if (code == null || agencies.find(code.strip()).isEmpty()) {
                throw Problems.badRequest(Message.of("sync.system.invalid.agency", code),
                        Map.of("agencies", Message.of("sync.system.invalid.agency", code)));
            }
            codes.add(code.strip());
        }
        if (codes.isEmpty()) {
            throw invalid("agencies", "sync.system.invalid.no-agency");
        }
        KeyHolder keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("insert into sync_system (name, created_at) values (?, ?)")
                    .params(clean, Timestamp.from(clock.instant())).update(keys, "id");
        } catch (DuplicateKeyException e) {
            throw Problems.problem(HttpStatus.CONFLICT, "sync-system-exists", Message.of("sync.system.exists.title"),
                    Message.of("sync.system.exists", clean));
        }
        long id = Objects.requireNonNull(keys.getKey()).longValue();
        codes.forEach(code -> jdbc.sql("insert into sync_system_agency (system_id, agency_code) values (?, ?)")
                .params(id, code).update());
        return new Issued(id, issue(id));
    }

    /** A new key for the system; its earlier keys stop working now. */
    @Transactional
    public Issued rotate(long systemId) {
        requireSystem(systemId);
        revokeAll(systemId);
        return new Issued(systemId, issue(systemId));
    }

    /** The system's keys stop working; it reports again once a key is rotated in. */
    @Transactional
    public void revoke(long systemId) {
        requireSystem(systemId);
        revokeAll(systemId);
    }

    /** The system a key belongs to, unless the key is unknown or revoked. */
    public Optional<Source> authenticate(String apiKey) {
        if (apiKey == null || apiKey.isBlank() || apiKey.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select s.id, s.name from sync_key k join sync_system s on s.id = k.system_id
                where k.key_hash = ? and k.revoked_at is null""").param(Sha256.hex(apiKey.strip()))
                .query((rs, row) -> new Source(rs.getLong(1), rs.getString(2), agenciesOf(rs.getLong(1))))
                .optional();
    }

    Set<String> agenciesOf(long systemId) {
        return new LinkedHashSet<>(jdbc.sql("select agency_code from sync_system_agency where system_id = ? order by agency_code")
                .param(systemId).query(String.class).list());
    }

    private String issue(long systemId) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String key = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        jdbc.sql("insert into sync_key (system_id, key_hash, key_prefix, created_at) values (?, ?, ?, ?)")
                .params(systemId, Sha256.hex(key), key.substring(0, 12), Timestamp.from(now)).update();
        return key;
    }

    private void revokeAll(long systemId) {
        jdbc.sql("update sync_key set revoked_at = ? where system_id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), systemId).update();
    }

    private void requireSystem(long systemId) {
        if (jdbc.sql("select count(*) from sync_system where id = ?").param(systemId).query(Integer.class)
                .single() == 0) {
            throw Problems.notFound(Message.of("sync.system.problem.system"), systemId);
        }
    }

    private static RuntimeException invalid(String field, String key) {
        return Problems.badRequest(Message.of(key), Map.of(field, Message.of(key)));
    }
}
