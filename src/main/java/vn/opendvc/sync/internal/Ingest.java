package vn.opendvc.sync.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.sync.SyncedDossiersReported;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problem;
import vn.opendvc.web.Problems;

/**
 * A batch of records from a source system: each record is read and checked on its own against what the system may
 * report for, so one bad record never rejects the others; the accepted ones are decided in order and written together
 * in one transaction (a record is written whole or not at all); the answer lists every record in the order sent. The
 * dossiers the batch changed go to the indicators as one event, written with the batch.
 */
@Component
public class Ingest {

    public static final int MAX_BATCH = 1_000;
    private static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi");

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
    private final RecordReader reader;
    private final Clock clock;
    private final MessageSource messages;

    Ingest(SourceSystems systems, SyncedDossiers dossiers, ProcedureCatalog catalog, ApplicationEventPublisher events,
            JdbcClient jdbc, TransactionTemplate tx, JsonMapper json, Clock clock, MessageSource messages) {
        this.messages = messages;
        this.systems = systems;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.events = events;
        this.jdbc = jdbc;
        this.batch = new TransactionTemplate(tx.getTransactionManager());
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
        for (int attempt = 1; ; attempt++) {
            try {
                return batch.execute(status -> apply(source, records.valueStream().toList()));
            } catch (DuplicateKeyException raced) {
                // a new dossier of this batch was inserted by a concurrent batch: read again, now it is stored
                if (attempt >= 3) {
                    throw raced;
                }
            }
        }
    }

    /** Reads and checks every record, decides them in order against the stored dossiers, writes what changed. */
    private List<Result> apply(SourceSystems.Source source, List<JsonNode> records) {
        Instant now = clock.instant();
        Result[] results = new Result[records.size()];
        List<SyncedDossiers.Candidate> candidates = new ArrayList<>();
        Map<String, Optional<Procedure>> procedures = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            RecordReader.Read read = reader.read(records.get(i));
            if (read.record().isEmpty()) {
                results[i] = new Result(read.code(), false, false, read.errors(), null);
                continue;
            }
            NationalRecord r = read.record().get();
            if (!source.reportsFor(r.agencyCode())) {
                results[i] = rejected(r, RecordError.of("DonViXuLy", "not-your-agency", r.agencyCode()));
                continue;
            }
            Optional<Procedure> procedure = procedures.computeIfAbsent(r.procedureCode(), catalog::findByCode);
            if (procedure.isEmpty()) {
                results[i] = rejected(r, RecordError.of("MaTTHC", "unknown-procedure", r.procedureCode()));
                continue;
            }
            candidates.add(new SyncedDossiers.Candidate(i, r, procedure.get().id()));
        }
        SyncedDossiers.Applied applied = dossiers.applyAll(source, candidates, now);
        for (SyncedDossiers.Candidate c : candidates) {
            SyncedDossiers.Decision decision = applied.decisions().get(c.index());
            results[c.index()] = decision.refusal() != null ? rejected(c.record(), decision.refusal())
                    : new Result(c.record().code(), true, decision.outcome().applied(), List.of(),
                            c.record().recordTime());
        }
        if (!applied.written().isEmpty()) {
            events.publishEvent(new SyncedDossiersReported(applied.written()));
        }
        List<Result> answer = List.of(results);
        Instant newest = answer.stream().filter(Result::accepted).map(Result::recordTime).max(Instant::compareTo)
                .orElse(null);
        record(source, answer, newest, now);
        return answer;
    }

    private static Result rejected(NationalRecord r, RecordError error) {
        return new Result(r.code(), false, false, List.of(error), r.recordTime());
    }

    /**
     * The batch's figures for the system's page: counts, the newest record time (lag) and one error as a sample, in
     * Vietnamese (the page's first language).
     */
    private void record(SourceSystems.Source source, List<Result> results, Instant newest, Instant now) {
        int accepted = (int) results.stream().filter(Result::accepted).count();
        String sample = results.stream().filter(r -> !r.accepted()).findFirst()
                .map(r -> r.code() + ": " + r.errors().stream()
                        .map(e -> e.field() + " — " + messages.getMessage(e.reason(), VIETNAMESE))
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
