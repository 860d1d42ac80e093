package vn.opendvc.feedback.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.files.Sha256;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.Role;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;

/**
 * The API keys of the Open311 client applications (city apps), issued by an administrator: the key is shown once
 * and only its SHA-256 is kept; a revoked key is refused from then on.
 */
@Component
public class Open311Keys {

    /** A client application as listed (never its key). */
    public record Client(long id, String name, String keyPrefix, Instant createdAt, Instant revokedAt) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    /** A new key: {@code apiKey} is shown this once. */
    public record Issued(long id, String apiKey) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    static final int MAX_NAME = 100;

    private final JdbcClient jdbc;
    private final Clock clock;

    Open311Keys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Issued issue(CurrentUser admin, String name) {
        requireAdmin(admin);
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw Problems.badRequest(Message.of("feedback.invalid.input"),
                    java.util.Map.of("name", clean.isEmpty() ? Message.of("feedback.invalid.required")
                            : Message.of("feedback.invalid.too-long", MAX_NAME)));
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String key = "o311_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        GeneratedKeyHolder id = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into open311_api_key (name, key_hash, key_prefix, created_by, created_at)
                values (:name, :hash, :prefix, :by, :at)""")
                .param("name", clean).param("hash", Sha256.hex(key)).param("prefix", key.substring(0, 8))
                .param("by", admin.accountId()).param("at", Timestamp.from(clock.instant())).update(id, "id");
        return new Issued(id.getKeyAs(Number.class).longValue(), key);
    }

    @Transactional
    public void revoke(CurrentUser admin, long id) {
        requireAdmin(admin);
        int updated = jdbc.sql("update open311_api_key set revoked_at = :at where id = :id and revoked_at is null")
                .param("at", Timestamp.from(clock.instant())).param("id", id).update();
        if (updated == 0 && find(id).isEmpty()) {
            throw Problems.notFound(Message.of("feedback.open311.client"), id);
        }
    }

    public List<Client> list(CurrentUser admin) {
        requireAdmin(admin);
        return jdbc.sql("select id, name, key_prefix, created_at, revoked_at from open311_api_key order by id")
                .query((rs, n) -> client(rs)).list();
    }

    /** The active client application holding this key. */
    public Optional<Long> clientOf(String apiKey) {
        if (apiKey == null || apiKey.isBlank() || apiKey.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("select id from open311_api_key where key_hash = :hash and revoked_at is null")
                .param("hash", Sha256.hex(apiKey.strip())).query(Long.class).optional();
    }

    private Optional<Client> find(long id) {
        return jdbc.sql("select id, name, key_prefix, created_at, revoked_at from open311_api_key where id = :id")
                .param("id", id).query((rs, n) -> client(rs)).optional();
    }

    private static Client client(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Client(rs.getLong("id"), rs.getString("name"), rs.getString("key_prefix"),
                FeedbackStore.instant(rs, "created_at"), FeedbackStore.instant(rs, "revoked_at"));
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.hasRole(Role.ADMIN)) {
            throw Problems.forbidden(Message.of("feedback.open311.admin-only"));
        }
    }
}
