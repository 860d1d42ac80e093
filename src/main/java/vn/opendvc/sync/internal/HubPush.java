package vn.opendvc.sync.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierFacts;
import vn.opendvc.dossier.DossierStatusChanged;
import vn.opendvc.web.ProviderApi;

/**
 * Pushes each status change of this instance's dossiers to the hub, through the event publication registry: a push
 * the hub could not take (unreachable, 5xx, 429, or a key it refused) fails the listener, so its publication stays incomplete and is
 * resubmitted ({@link HubRetry}, and at start-up) until the hub takes it — nothing is lost. What is sent is the
 * dossier as it is at that moment, with its whole history: a retried push carries the newest state, the hub keeps a
 * dossier's newest record and ignores repeats and older ones — nothing is counted twice and the order holds. A record
 * the hub rejects (a wrong field) is not retried; it is shown on the sync page.
 */
@Component
// only an instance that pushes listens: otherwise each status change would keep an event publication for nothing
@ConditionalOnExpression("!'${opendvc.sync.hub.url:}'.isBlank()")
class HubPush {

    private static final Logger log = LoggerFactory.getLogger(HubPush.class);

    record Answer(List<Result> results) {
    }

    record Result(boolean accepted, List<Map<String, Object>> errors) {
    }

    private final HubSettings settings;
    private final DossierFacts dossiers;
    private final ProcedureCatalog catalog;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ProviderApi hub;

    HubPush(HubSettings settings, DossierFacts dossiers, ProcedureCatalog catalog, JdbcClient jdbc, Clock clock) {
        this.settings = settings;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.clock = clock;
        this.hub = new ProviderApi(settings.url(), "X-API-Key", settings.apiKey(), settings.timeout(),
                settings.timeout());
    }

    @ApplicationModuleListener
    void on(DossierStatusChanged changed) {
        Dossier d = dossiers.dossier(changed.dossierId()).orElse(null);
        if (d == null || d.code() == null) {
            return;
        }
        String procedureCode = catalog.find(d.procedureId()).map(Procedure::code).orElse(null);
        Instant now = clock.instant();
        try {
            Answer answer = hub.post(List.of(OutboundRecord.of(d, procedureCode)), Answer.class);
            Result result = answer == null || answer.results() == null || answer.results().isEmpty() ? null
                    : answer.results().getFirst();
            String error = result == null ? "no answer" : result.accepted() ? null : String.valueOf(result.errors());
            if (error != null) {
                log.warn("hub refused dossier {} at status {}: {}", d.code(), d.status().code(), error);
            }
            record(d, now, error, true);
        } catch (ProviderApi.CallFailed failed) {
            // a key the hub does not take (401, 403) is a configuration to fix, not a record to drop
            boolean retry = !failed.permanent() || failed.status() == 401 || failed.status() == 403;
            record(d, now, failed.getMessage(), !retry);
            if (retry) {
                log.warn("hub did not take dossier {} ({}); it is pushed again later", d.code(), failed.getMessage());
                throw failed;
            }
        }
    }

    /** What the page shows of a dossier's push; a push the hub took or refused for good ends the attempts. */
    private void record(Dossier d, Instant at, String error, boolean settled) {
        int updated = jdbc.sql("""
                update sync_push set code = ?, status = ?, attempts = case when ? then 0 else attempts + 1 end,
                    last_attempt_at = ?, last_error = ?, pushed_at = case when ? then ? else pushed_at end
                where dossier_id = ?""")
                .params(d.code(), d.status().code(), settled, Timestamp.from(at), abbreviate(error), settled && error == null,
                        Timestamp.from(at), d.id())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into sync_push (dossier_id, code, status, pushed_at, attempts, last_attempt_at, last_error)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(d.id(), d.code(), d.status().code(), settled && error == null ? Timestamp.from(at) : null,
                            settled ? 0 : 1, Timestamp.from(at), abbreviate(error))
                    .update();
        }
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
