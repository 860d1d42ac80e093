package vn.opendvc.monitoring.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.opendvc.agency.Agency;
import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.catalog.ProcedureQuery;
import vn.opendvc.catalog.ProcedureSummary;
import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.web.VietnamTime;

/**
 * Loads realistic synthetic dossiers for load tests and benchmarks: benchmark tooling, kept with the tests and never
 * shipped (run it with {@code ./mvnw spring-boot:test-run}, see {@link SyntheticDossiersCommand}). Each dossier
 * becomes a {@code dossier} row (so a plain GROUP BY over the dossier table can check the figures) and a
 * {@link Track} whose contributions go through the {@link CounterLedger}, like the events of real dossiers; one
 * transaction per batch holds both, so the counters always equal the sum of the stored tracks (a transaction's
 * contributions are summed first, then added once). The dossier module offers no bulk insert, so this tool writes
 * its table with SQL, which only test data may do. No files, payments or ratings rows are written: the track
 * carries whether the fee was paid online and the rating.
 * <p>
 * Synthetic dossiers have ids from {@link #FIRST_ID} up (far above what the identity column hands out) and codes
 * {@code SYN-…}, which real codes (agency code, date, number) never take. A dossier is a pure function of the
 * seed, its id, the number loaded in its run and the end date, so a run is reproducible.
 */
@Component
class SyntheticDossiers {

    private static final Logger log = LoggerFactory.getLogger(SyntheticDossiers.class);

    static final long FIRST_ID = 1_000_000_000_000L;
    static final int HISTORY_DAYS = 730;
    static final String CODE_PREFIX = "SYN-";

    private static final String INSERT_DOSSIER = """
            insert into dossier (id, code, procedure_id, procedure_name, agency_code, channel, status, applicant_name,
                applicant_phone, created_by, form_data, processing_days, fee_due_vnd, current_step, created_at,
                submitted_at, received_at, due_at, finished_at, delivered_at, apologized_at, version)
            values (:id, :code, :procedure_id, :procedure_name, :agency_code, :channel, :status, :applicant_name,
                :applicant_phone, 0, :form_data, :processing_days, :fee_due_vnd, 0, :created_at, :submitted_at,
                :received_at, :due_at, :finished_at, :delivered_at, :apologized_at, 0)""";

    private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý" };
    private static final String[] MIDDLE = { "Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Thu" };
    private static final String[] GIVEN = { "An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng",
            "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo",
            "Trang", "Tuấn", "Vy", "Yến" };

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    private final TransactionTemplate transactions;
    private final CounterLedger ledger;
    private final AgencyDirectory agencies;
    private final ProcedureCatalog catalog;
    private final IndicatorEvents.FeeRule fees;

    SyntheticDossiers(JdbcClient jdbc, NamedParameterJdbcTemplate batches,
            PlatformTransactionManager transactionManager, CounterLedger ledger, AgencyDirectory agencies,
            ProcedureCatalog catalog, IndicatorEvents.FeeRule fees) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.transactions = new TransactionTemplate(transactionManager);
        this.ledger = ledger;
        this.agencies = agencies;
        this.catalog = catalog;
        this.fees = fees;
    }

    /**
     * @param count     dossiers to load
     * @param seed      the random seed
     * @param until     nothing happens on or after this day (Vietnam): submissions spread over the
     *                  {@value #HISTORY_DAYS} days before it, later steps that would fall after it have not happened
     * @param batchSize dossiers per JDBC batch (one progress line each)
     * @param perCommit dossiers per transaction: their contributions are summed and added to the counters once,
     *                  just before the commit, so a dossier's counter rows are written once per transaction
     *                  rather than once per dossier
     */
    record Request(long count, long seed, LocalDate until, int batchSize, int perCommit) {

        Request {
            if (count < 1) {
                throw new IllegalArgumentException("Số hồ sơ phải ≥ 1 / the number of dossiers must be ≥ 1");
            }
            if (batchSize < 1 || perCommit < batchSize) {
                throw new IllegalArgumentException("Cần 1 ≤ cỡ lô ≤ số hồ sơ mỗi giao dịch / "
                        + "need 1 ≤ batch size ≤ dossiers per transaction");
            }
        }

        Instant end() {
            return until.atStartOfDay(VietnamTime.ZONE).toInstant();
        }

        Instant start() {
            return until.minusDays(HISTORY_DAYS).atStartOfDay(VietnamTime.ZONE).toInstant();
        }
    }

    /** What one run loaded: ids {@code firstId .. firstId + count - 1}. */
    record Loaded(long firstId, long count, long millis) {
    }

    /** One generated dossier: its row in the dossier table and its track. */
    record Synthetic(Track track, DossierStatus status, String procedureName, String applicantName, String phone,
            double processingDays, Long feeVnd, Instant createdAt, Instant receivedAt, Instant apologizedAt) {
    }

    /** An agency that receives procedures, and those procedures with their popularity. */
    record Desk(String agencyCode, List<ProcedureSummary> procedures, double[] cumulativeWeight) {
    }

    /** The agencies that receive procedures (by their kind), with their share of the dossiers. */
    record Plan(List<Desk> desks, double[] cumulativeWeight, Map<Long, Boolean> feeApplies) {
    }

    Loaded generate(Request request) {
        long started = System.nanoTime();
        Plan plan = plan();
        long firstId = nextId();
        log.info("Dữ liệu giả lập: {} hồ sơ từ mã {} trở đi, {} cơ quan tiếp nhận / synthetic data: {} dossiers from "
                + "code {} (id {}) on, {} receiving agencies", request.count(), code(firstId), plan.desks().size(),
                request.count(), code(firstId), firstId, plan.desks().size());
        long[] done = { 0 };
        while (done[0] < request.count()) {
            long commitEnd = Math.min(request.count(), done[0] + request.perCommit());
            transactions.executeWithoutResult(status -> {
                Map<Track.Key, Long> contributions = new HashMap<>();
                while (done[0] < commitEnd) {
                    int size = (int) Math.min(request.batchSize(), commitEnd - done[0]);
                    long t0 = System.nanoTime();
                    List<Synthetic> batch = new ArrayList<>(size);
                    for (int i = 0; i < size; i++) {
                        batch.add(dossier(plan, request, firstId, done[0] + i));
                    }
                    long t1 = System.nanoTime();
                    store(batch, contributions);
                    done[0] += size;
                    progress(started, done[0], request.count(), "generate " + (t1 - t0) / 1_000_000 + " ms, write "
                            + (System.nanoTime() - t1) / 1_000_000 + " ms");
                }
                long t2 = System.nanoTime();
                ledger.addBatched(contributions);
                progress(started, done[0], request.count(), contributions.size() + " counter keys added in "
                        + (System.nanoTime() - t2) / 1_000_000 + " ms, commit");
            });
        }
        return new Loaded(firstId, request.count(), (System.nanoTime() - started) / 1_000_000);
    }

    private static void progress(long started, long done, long count, String detail) {
        long perSecond = Math.round(done / ((System.nanoTime() - started) / 1e9));
        log.info("Dữ liệu giả lập: {}/{} hồ sơ ({}%), {} hồ sơ/giây / synthetic data: {}/{} dossiers, {} per "
                + "second ({})", done, count, done * 100 / count, perSecond, done, count, perSecond, detail);
    }

    /** Writes a batch's dossier rows and tracks, and sums the tracks' contributions into the transaction's. */
    private void store(List<Synthetic> batch, Map<Track.Key, Long> contributions) {
        List<MapSqlParameterSource> rows = new ArrayList<>(batch.size());
        List<Track> tracks = new ArrayList<>(batch.size());
        for (Synthetic s : batch) {
            Track t = s.track();
            rows.add(new MapSqlParameterSource().addValue("id", t.dossierId()).addValue("code", t.code())
                    .addValue("procedure_id", t.procedureId()).addValue("procedure_name", s.procedureName())
                    .addValue("agency_code", t.agencyCode()).addValue("channel", t.channel().name())
                    .addValue("status", s.status().code()).addValue("applicant_name", s.applicantName())
                    .addValue("applicant_phone", s.phone())
                    .addValue("form_data", "{\"ghiChu\":\"Hồ sơ giả lập / synthetic dossier\"}")
                    .addValue("processing_days", java.math.BigDecimal.valueOf(s.processingDays()))
                    .addValue("fee_due_vnd", s.feeVnd()).addValue("created_at", ts(s.createdAt()))
                    .addValue("submitted_at", ts(t.submittedAt())).addValue("received_at", ts(s.receivedAt()))
                    .addValue("due_at", ts(t.dueAt())).addValue("finished_at", ts(t.finishedAt()))
                    .addValue("delivered_at", ts(t.deliveredAt())).addValue("apologized_at", ts(s.apologizedAt())));
            tracks.add(t);
            t.contributions().forEach((key, value) -> contributions.merge(key, value, Long::sum));
        }
        batches.batchUpdate(INSERT_DOSSIER, rows.toArray(MapSqlParameterSource[]::new));
        ledger.insertBatched(tracks);
    }

    /** The next free synthetic id: runs add to what earlier runs loaded. */
    long nextId() {
        long maxDossier = jdbc.sql("select coalesce(max(id), 0) from dossier where id >= :first")
                .param("first", FIRST_ID).query(Long.class).single();
        long maxTrack = jdbc.sql("""
                select coalesce(max(dossier_id), 0) from indicator_dossier where dossier_id >= :first""")
                .param("first", FIRST_ID).query(Long.class).single();
        return Math.max(FIRST_ID, Math.max(maxDossier, maxTrack) + 1);
    }

    /**
     * Every agency whose kind receives configured procedures. Communes take the most dossiers, ministries the
     * fewest; within an agency the first procedures of the catalog (birth, residence, …) are the most frequent.
     */
    Plan plan() {
        Map<String, List<ProcedureSummary>> byKind = new HashMap<>();
        Map<Long, Boolean> feeApplies = new HashMap<>();
        List<Desk> desks = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Agency agency : agencies.all()) {
            List<ProcedureSummary> procedures = byKind.computeIfAbsent(agency.kind(), this::configuredOfKind);
            if (procedures.isEmpty()) {
                continue;
            }
            double[] cumulative = new double[procedures.size()];
            double sum = 0;
            for (int i = 0; i < procedures.size(); i++) {
                sum += 1.0 / (i + 1); // Zipf: a few procedures make most of the dossiers
                cumulative[i] = sum;
                feeApplies.computeIfAbsent(procedures.get(i).id(), fees::applies);
            }
            desks.add(new Desk(agency.code(), procedures, cumulative));
            weights.add(switch (agency.level()) {
                case "XA" -> 4.0;
                case "BO" -> 0.5;
                default -> 1.0;
            });
        }
        if (desks.isEmpty()) {
            throw new IllegalStateException("Không có cơ quan nào tiếp nhận thủ tục đã cấu hình / no agency receives "
                    + "a configured procedure (agencies and catalog imported?)");
        }
        double[] cumulative = new double[weights.size()];
        double sum = 0;
        for (int i = 0; i < weights.size(); i++) {
            sum += weights.get(i);
            cumulative[i] = sum;
        }
        return new Plan(List.copyOf(desks), cumulative, Map.copyOf(feeApplies));
    }

    private List<ProcedureSummary> configuredOfKind(String kind) {
        List<ProcedureSummary> out = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<ProcedureSummary> items = catalog.search(new ProcedureQuery(null, null, null, kind, null, true, page,
                    ProcedureQuery.MAX_SIZE)).items();
            out.addAll(items);
            if (items.size() < ProcedureQuery.MAX_SIZE) {
                break;
            }
        }
        // a connected procedure's own dossier is not counted (its members are, each at its agency): none generated
        out.removeIf(p -> fees.connected(p.id()));
        // the search ranks by relevance or name; the id keeps the popularity order the same from run to run
        out.sort(java.util.Comparator.comparingLong(ProcedureSummary::id));
        return out;
    }

    /**
     * The {@code index}-th dossier of a run. Submissions follow the run's order through the history (so a batch
     * touches few days of counters), the online share grows over the two years, and every later step that would
     * fall on or after {@link Request#until} has not happened yet.
     */
    Synthetic dossier(Plan plan, Request request, long firstId, long index) {
        long id = firstId + index;
        SplittableRandom r = new SplittableRandom(request.seed() * 0x9E3779B97F4A7C15L + id * 0xBF58476D1CE4E5B9L);
        Instant start = request.start();
        Instant end = request.end();
        double position = (index + r.nextDouble()) / request.count();
        Desk desk = plan.desks().get(SyntheticDraws.pick(plan.cumulativeWeight(), r));
        ProcedureSummary procedure = desk.procedures().get(SyntheticDraws.pick(desk.cumulativeWeight(), r));
        boolean fee = plan.feeApplies().get(procedure.id());
        double onlineShare = 0.6 + 0.25 * position;
        double c = r.nextDouble();
        Channel channel = c < onlineShare ? Channel.ONLINE
                : c < onlineShare + (1 - onlineShare) * 0.85 ? Channel.COUNTER : Channel.POST;

        Instant submitted = start.plusSeconds((long) (position * Duration.between(start, end).getSeconds()));
        if (channel != Channel.ONLINE) {
            submitted = SyntheticDraws.officeHours(submitted, r); // registered by a receiver at the one-stop desk
        }
        if (!submitted.isBefore(end)) {
            submitted = end.minusSeconds(1 + r.nextInt(3600));
        }
        Instant created = submitted.minusSeconds(60 + r.nextInt(3600));
        boolean digitized = channel == Channel.ONLINE || r.nextDouble() < (channel == Channel.COUNTER ? 0.7 : 0.5);
        boolean reused = r.nextDouble() < (channel == Channel.ONLINE ? 0.15 + 0.3 * position : 0.1);
        boolean paid = fee && channel == Channel.ONLINE && r.nextDouble() < 0.5 + 0.4 * position;
        double days = procedure.processingDays() == null ? 3 : procedure.processingDays();

        DossierStatus status;
        Instant received = null;
        Instant due = null;
        Instant finished = null;
        Instant delivered = null;
        Instant apologized = null;
        DossierStatus outcome = null;
        double path = r.nextDouble();
        if (path < 0.04) { // refused at the desk: incomplete or not this agency's procedure
            finished = submitted.plusSeconds(1800 + r.nextInt(8 * 3600));
            outcome = DossierStatus.NOT_RECEIVED;
            paid = false;
            status = DossierStatus.SUBMITTED;
        } else {
            received = submitted.plusSeconds(900 + r.nextInt(20 * 3600));
            due = SyntheticDraws.workingDaysAfter(received, days);
            status = DossierStatus.RECEIVED;
            Instant step = received;
            boolean pausedNow = false;
            if (r.nextDouble() < 0.12) { // a supplement request: the promised date moves by the pause
                Instant asked = SyntheticDraws.between(received, due, r);
                Duration pause = Duration.ofHours(4 + r.nextInt(10 * 24));
                due = due.plus(pause);
                step = asked.plus(pause);
                pausedNow = !asked.isAfter(end) && end.isBefore(step);
            }
            double kind = r.nextDouble();
            outcome = kind < 0.02 ? DossierStatus.WITHDRAWN : kind < 0.035 ? DossierStatus.STOPPED
                    : DossierStatus.DONE;
            boolean late = r.nextDouble() < 0.09 - 0.04 * position;
            finished = late ? due.plusSeconds(3600 + r.nextInt(10 * 24 * 3600))
                    : SyntheticDraws.between(step, due.isAfter(step) ? due : step.plusSeconds(3600), r);
            if (outcome == DossierStatus.DONE && r.nextDouble() < 0.85) {
                delivered = finished.plusSeconds(r.nextInt(3 * 24 * 3600));
            }
            if (late && r.nextDouble() < 0.5) {
                apologized = due.plusSeconds(r.nextInt(24 * 3600));
            }
            if (pausedNow) {
                status = DossierStatus.SUPPLEMENT_REQUESTED;
            } else if (received.isBefore(end)) {
                status = fee && channel != Channel.ONLINE && r.nextDouble() < 0.1 ? DossierStatus.PAYMENT_REQUIRED
                        : DossierStatus.PROCESSING;
            }
        }
        if (received != null && !received.isBefore(end)) { // nothing after the end has happened
            received = null;
            due = null;
            status = DossierStatus.SUBMITTED;
        }
        if (finished != null && !finished.isBefore(end)) {
            finished = null;
            outcome = null;
        }
        if (delivered != null && (finished == null || !delivered.isBefore(end))) {
            delivered = null;
        }
        if (apologized != null && !apologized.isBefore(end)) {
            apologized = null;
        }
        if (finished != null) {
            status = outcome == DossierStatus.DONE && delivered != null ? DossierStatus.RESULT_RETURNED : outcome;
        }
        Instant rated = null;
        Integer score = null;
        boolean complaint = false;
        if (delivered != null && r.nextDouble() < 0.25) {
            Instant at = delivered.plusSeconds(600 + r.nextInt(20 * 24 * 3600));
            if (at.isBefore(end)) {
                rated = at;
                int criteria = 0;
                for (int i = 0; i < 4; i++) {
                    criteria += r.nextDouble() < 0.7 ? 5 : 2 + r.nextInt(3);
                }
                score = criteria * 100 / 4; // average of four criteria, in hundredths
                complaint = r.nextDouble() < (score < 350 ? 0.4 : 0.02);
            }
        }
        Track track = new Track(id, desk.agencyCode(), procedure.id(), channel, fee, submitted, due, null, finished,
                outcome, delivered, paid, rated, score, complaint, code(id), digitized, reused);
        String name = FAMILY[r.nextInt(FAMILY.length)] + " " + MIDDLE[r.nextInt(MIDDLE.length)] + " "
                + GIVEN[r.nextInt(GIVEN.length)];
        String phone = r.nextDouble() < 0.8 ? "09" + (10_000_000 + r.nextInt(90_000_000)) : null;
        return new Synthetic(track, status, procedure.name(), name, phone, days, procedure.feeVnd(), created,
                received, apologized);
    }

    static String code(long id) {
        return CODE_PREFIX + String.format("%010d", id - FIRST_ID);
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
