package vn.opendvc.sync.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.sync.SyncedDossierReport;
import vn.opendvc.sync.SyncedDossiersReported;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problem;
import vn.opendvc.web.Problems;

/**
 * A batch of records from a source system: each record is read, checked against what the system may report for and
 * applied on its own (a savepoint), so one bad record never rejects the others and none is half-written; the answer
 * lists every record in the order sent. The dossiers the batch changed go to the indicators as one event, written
 * with the batch.
 */
@Component
public class Ingest {

    public static final int MAX_BATCH = 1_000;

    /**
     * The answer about one record.
     *
     * @param applied    it changed the stored dossier (not a repeat, not older than what is stored)
     * @param recordTime the record's own time, when it could be read
     */
    public record Result(String code, boolean accepted, boolean applied, List<RecordError> errors,
            Instant recordTime) {
    }

    private final SourceSystems systems;
    private final SyncedDossiers dossiers;
    private final ProcedureCatalog catalog;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final TransactionTemplate batch;
    private final TransactionTemplate record;
    private final RecordReader reader;
    private final Clock clock;

    Ingest(SourceSystems systems, SyncedDossiers dossiers, ProcedureCatalog catalog, ApplicationEventPublisher events,
            JdbcClient jdbc, TransactionTemplate tx, JsonMapper json, Clock clock) {
        this.systems = systems;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.events = events;
        this.jdbc = jdbc;
        this.batch = new TransactionTemplate(tx.getTransactionManager());
        this.record = new TransactionTemplate(tx.getTransactionManager());
        this.record.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.reader = new RecordReader(json);
        this.clock = clock;
    }

    /**
     * @param apiKey the {@code X-API-Key} header
     * @param body   a JSON array of records, or an object with them under {@code records}
     * @throws Problem 401 without a key, 403 with an unknown or revoked one, 400 when the body holds no list of
     *                 records, 413 over {@link #MAX_BATCH}
     */
    public List<Result> ingest(String apiKey, JsonNode body) {
        if (apiKey == null || apiKey.isBlank()) {
            throw Problems.unauthorized(Message.of("sync.problem.no-key"));
        }
        SourceSystems.Source source = systems.authenticate(apiKey)
                .orElseThrow(() -> Problems.forbidden(Message.of("sync.problem.bad-key")));
        JsonNode records = body != null && body.isObject() ? body.get("records") : body;
        if (records == null || !records.isArray()) {
            throw Problems.badRequest(Message.of("sync.problem.not-a-batch"));
        }
        if (records.size() > MAX_BATCH) {
            throw Problems.problem(HttpStatus.CONTENT_TOO_LARGE, "sync-batch-too-large",
                    Message.of("sync.problem.too-large.title"), Message.of("sync.problem.too-large", MAX_BATCH,
                            records.size()));
        }
        return batch.execute(status -> {
            Instant now = clock.instant();
            List<Result> results = new ArrayList<>(records.size());
            Set<String> applied = new LinkedHashSet<>();
            for (JsonNode node : records.valueStream().toList()) {
                Result result = one(source, node, now);
                results.add(result);
                if (result.applied()) {
                    applied.add(result.code());
                }
            }
            Instant newest = results.stream().filter(Result::accepted).map(Result::recordTime)
                    .max(Instant::compareTo).orElse(null);
            List<SyncedDossierReport> reports = applied.stream().map(dossiers::report).flatMap(Optional::stream)
                    .toList();
            if (!reports.isEmpty()) {
                events.publishEvent(new SyncedDossiersReported(reports));
            }
            record(source, results, newest, now);
            return results;
        });
    }

    private Result one(SourceSystems.Source source, JsonNode node, Instant now) {
        RecordReader.Read read = reader.read(node);
        if (read.record().isEmpty()) {
            return new Result(read.code(), false, false, read.errors(), null);
        }
        NationalRecord r = read.record().get();
        if (!source.reportsFor(r.agencyCode())) {
            return rejected(r, RecordError.of("DonViXuLy", "not-your-agency", r.agencyCode()));
        }
        Optional<Procedure> procedure = catalog.findByCode(r.procedureCode());
        if (procedure.isEmpty()) {
            return rejected(r, RecordError.of("MaTTHC", "unknown-procedure", r.procedureCode()));
        }
        for (int attempt = 1; ; attempt++) {
            try {
                SyncedDossiers.Outcome outcome = record.execute(s -> dossiers.apply(source, r,
                        procedure.get().id(), now));
                return new Result(r.code(), true, outcome.applied(), List.of(), r.recordTime());
            } catch (SyncedDossiers.Refused refused) {
                return rejected(r, refused.error);
            } catch (DuplicateKeyException raced) {
                // the same new dossier written by a concurrent batch: the next pass compares with it
                if (attempt >= 3) {
                    throw raced;
                }
            }
        }
    }

    private static Result rejected(NationalRecord r, RecordError error) {
        return new Result(r.code(), false, false, List.of(error), r.recordTime());
    }

    /** The batch's figures for the system's page: counts, the newest record time (lag) and one error as a sample. */
    private void record(SourceSystems.Source source, List<Result> results, Instant newest, Instant now) {
        int accepted = (int) results.stream().filter(Result::accepted).count();
        String sample = results.stream().filter(r -> !r.accepted()).findFirst()
                .map(r -> r.code() + ": " + r.errors().stream().map(e -> e.field() + " " + e.reason().code())
                        .reduce((a, b) -> a + "; " + b).orElse(""))
                .map(text -> text.length() > 2000 ? text.substring(0, 2000) : text).orElse(null);
        jdbc.sql("""
                insert into sync_batch (system_id, received_at, records, accepted, rejected, newest_record_time,
                    error_sample)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(source.id(), Timestamp.from(now), results.size(), accepted, results.size() - accepted,
                        newest == null ? null : Timestamp.from(newest), sample)
                .update();
    }
}
