package vn.opendvc.dossier.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierProblem;
import vn.opendvc.dossier.Dossiers.NewDossier;
import vn.opendvc.files.Sha256;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.web.Message;

/**
 * The {@code Idempotency-Key} of the dossier API: a write sent again under the same key (its answer was lost to a
 * timeout, or to a node that died after committing) answers with the dossier of the first call instead of writing
 * again. The key is stored in the transaction of the write, so it exists exactly when the write does, and on every
 * node at once; its primary key (account, key) lets one of two concurrent calls win, and the loser, rolled back, answers
 * with the winner's dossier. A key is its caller's own: the same text from another account is another key.
 */
@Component
class IdempotencyKeys {

    /** Tries of a write that lost a race to a concurrent call under the same key whose commit is not visible yet. */
    private static final int ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final DossierQueries queries;
    private final JsonMapper json;
    private final Clock clock;

    IdempotencyKeys(JdbcClient jdbc, TransactionTemplate tx, DossierQueries queries, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.queries = queries;
        this.json = json;
        this.clock = clock;
    }

    /** A new draft as a request: its fields in a fixed order, the form sorted by key. */
    String creating(NewDossier draft) {
        return json.writeValueAsString(Arrays.asList("create", draft.procedureId(), draft.agencyCode(),
                draft.formData() == null ? null : new TreeMap<>(draft.formData()), draft.channel(),
                draft.applicantName(), draft.applicantPhone()));
    }

    /** Submitting a draft as a request. */
    String submitting(long dossierId) {
        return json.writeValueAsString(Arrays.asList("submit", dossierId));
    }

    /**
     * Runs {@code write} once per key: the first call writes and stores the key with the dossier in one transaction;
     * a later or concurrent call with the same key and request returns that dossier as it is now.
     *
     * @param key     the client's key, or {@code null} for a call without one (written every time)
     * @param request what is asked, canonically (operation and input): the same key with another request is a 409
     */
    Dossier once(CurrentUser by, String key, String request, Supplier<Dossier> write) {
        if (key == null) {
            return write.get();
        }
        String stripped = valid(key);
        String requestHash = Sha256.hex(request);
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> earlier(by, stripped, requestHash).orElseGet(() -> {
                    Dossier written = write.get();
                    jdbc.sql("""
                            insert into dossier_request_key (account_id, idempotency_key, request_hash, dossier_id,
                                created_at)
                            values (:account, :key, :hash, :dossier, :at)""")
                            .param("account", by.accountId()).param("key", stripped).param("hash", requestHash)
                            .param("dossier", written.id()).param("at", Timestamp.from(clock.instant())).update();
                    return written;
                }));
            } catch (RuntimeException refused) {
                // a concurrent call under the same key may have won (our insert collided, or the dossier moved on
                // under it, e.g. submitted already): its answer is this call's answer
                Optional<Dossier> winner = earlier(by, stripped, requestHash);
                if (winner.isPresent()) {
                    return winner.get();
                }
                boolean lostRace = refused instanceof DuplicateKeyException
                        || refused instanceof ConcurrencyFailureException;
                if (!lostRace || attempt >= ATTEMPTS) {
                    throw refused;
                }
                // H2 may report the collision before the winner's commit is visible: read it on the next pass
                pause(attempt);
            }
        }
    }

    private Optional<Dossier> earlier(CurrentUser by, String key, String requestHash) {
        return jdbc.sql("select request_hash, dossier_id from dossier_request_key"
                        + " where account_id = :account and idempotency_key = :key")
                .param("account", by.accountId()).param("key", key)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getLong(2))).optional()
                .map(stored -> {
                    if (!stored.requestHash().equals(requestHash)) {
                        throw DossierProblem.idempotencyKeyReused(key);
                    }
                    return queries.find(by, stored.dossierId())
                            .orElseThrow(() -> DossierProblem.notFound(stored.dossierId()));
                });
    }

    private record Stored(String requestHash, long dossierId) {
    }

    /** 1–100 printable ASCII characters, as for payments; surrounding blanks are not part of the key. */
    private static String valid(String key) {
        String stripped = key.strip();
        if (stripped.isEmpty() || stripped.length() > 100 || !stripped.matches("[\\x21-\\x7E]+")) {
            throw DossierProblem.invalid(Message.of("dossier.problem.idempotency-key.invalid"),
                    Map.of("Idempotency-Key", Message.of("dossier.problem.idempotency-key.invalid")));
        }
        return stripped;
    }

    /** A short, growing wait before a retry, so the winner has time to commit. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(20L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a keyed dossier write", e);
        }
    }
}
