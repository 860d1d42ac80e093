package vn.opendvc.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.opendvc.catalog.ConnectedProcedures;
import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.monitoring.Indicators;
import vn.opendvc.monitoring.Scorecard;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.OnMondayMorning;
import vn.opendvc.web.VietnamTime;

/**
 * Synthetic dossiers reach the counters through the tracks, like real ones: the counters grow by exactly the
 * generated tracks' contributions, and the country's scorecard equals a plain GROUP BY over the generated dossier
 * rows. The history ends on {@link #UNTIL}, years before any other test's dossiers, so these days hold only
 * synthetic dossiers (a database kept between runs holds earlier runs' too: counters are compared as growth).
 */
@ApplicationTest
@OnMondayMorning
class SyntheticDossiersTest {

    @Autowired
    DossierFixture fixture;
    @Autowired
    JdbcClient jdbc;

    static final LocalDate UNTIL = LocalDate.of(2019, 1, 1);

    @Autowired
    SyntheticDossiers synthetic;
    @Autowired
    CounterLedger ledger;
    @Autowired
    Recomputation recomputation;
    @Autowired
    Indicators indicators;
    @Autowired
    ConnectedProcedures connected;

    LocalDate first() {
        return UNTIL.minusDays(SyntheticDossiers.HISTORY_DAYS);
    }

    @Test
    void generatedDossiersGoThroughTheCountersAndMatchAGroupByOverTheDossierTable() {
        // several JDBC batches and three transactions, the last one partly filled
        SyntheticDossiers.Request request = new SyntheticDossiers.Request(2_000, 7, UNTIL, 300, 900);
        Map<Track.Key, Long> before = counters();
        Map<String, Long> daysBefore = rollUp("indicator_agency_day", "on_day");
        Map<String, Long> monthsBefore = rollUp("indicator_agency_month", "in_month");

        SyntheticDossiers.Loaded loaded = synthetic.generate(request);

        // what a recomputation counts from the generated tracks
        SyntheticDossiers.Plan plan = synthetic.plan();
        Map<Track.Key, Long> expected = new HashMap<>();
        Map<Long, Track> tracks = new HashMap<>();
        for (long i = 0; i < request.count(); i++) {
            Track track = synthetic.dossier(plan, request, loaded.firstId(), i).track();
            tracks.put(track.dossierId(), track);
            track.contributions().forEach((k, v) -> expected.merge(k, v, Long::sum));
        }
        assertThat(growth(before, counters())).isEqualTo(expected);
        assertThat(growth(daysBefore, rollUp("indicator_agency_day", "on_day")))
                .isEqualTo(byGrain(expected, false));
        assertThat(growth(monthsBefore, rollUp("indicator_agency_month", "in_month")))
                .isEqualTo(byGrain(expected, true));

        // the data has the variety the indicators need
        assertThat(tracks.values()).extracting(Track::channel).contains(Channel.ONLINE, Channel.COUNTER,
                Channel.POST);
        assertThat(tracks.values()).extracting(Track::outcome).contains(DossierStatus.DONE,
                DossierStatus.NOT_RECEIVED, DossierStatus.WITHDRAWN, DossierStatus.STOPPED, null);
        assertThat(tracks.values()).anyMatch(t -> t.finishedAt() != null && t.dueAt() != null
                && t.finishedAt().isAfter(t.dueAt()));
        assertThat(tracks.values()).anyMatch(Track::fullProcess).anyMatch(Track::complaint)
                .anyMatch(Track::reused).anyMatch(t -> t.feeApplies() && !t.paid());
        assertThat(tracks.values().stream().map(t -> Metrics.day(t.submittedAt()).withDayOfMonth(1))
                .collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(24);

        // the stored tracks are the generated ones, and the dossier rows tell the same story
        for (long id = loaded.firstId(); id < loaded.firstId() + request.count(); id += 17) {
            Track stored = ledger.find(id).orElseThrow();
            assertThat(stored).isEqualTo(tracks.get(id));
            // no files, payments or ratings rows are generated: compare what the dossier row holds
            assertThat(dossierPart(recomputation.track(id))).isEqualTo(dossierPart(stored));
        }

        // the country's scorecard over the history equals a GROUP BY over the dossier table
        Scorecard country = indicators.scorecard(Indicators.COUNTRY,
                new Indicators.Period(first(), UNTIL.minusDays(1)));
        Map<String, Long> fromDossiers = groupBy();
        assertThat(fromDossiers.get(Metrics.SUBMITTED)).isGreaterThanOrEqualTo(request.count());
        fromDossiers.forEach((metric, value) -> assertThat(country.totals().getOrDefault(metric, 0L))
                .as(metric).isEqualTo(value));
    }

    @Test
    void theRecomputationStreamsTheDossiersByChunksAndRebuildsTheSameCounters() {
        SyntheticDossiers.Loaded loaded = synthetic.generate(new SyntheticDossiers.Request(1_200, 11, UNTIL, 400,
                400));
        recomputation.chunkSize(250);
        try {
            int counted = recomputation.recompute();
            // every submitted native dossier and every synced one (another test class may have left some)
            assertThat((long) counted).isEqualTo(jdbc.sql("select count(*) from dossier where status > 0 and"
                    + notConnected()).query(Long.class).single()
                    + jdbc.sql("select count(*) from synced_dossier").query(Long.class).single());
        } finally {
            recomputation.chunkSize(Recomputation.CHUNK);
        }
        // every counter is the sum of the stored tracks' contributions, at each grain
        Map<Track.Key, Long> expected = new HashMap<>();
        jdbc.sql("select * from indicator_dossier").query(CounterLedger::track).list()
                .forEach(t -> t.contributions().forEach((k, v) -> expected.merge(k, v, Long::sum)));
        Map<Track.Key, Long> all = new HashMap<>();
        jdbc.sql("select agency_code, procedure_id, on_day, metric, counted from indicator_counter")
                .query(rs -> {
                    all.put(new Track.Key(rs.getString(1), rs.getLong(2), rs.getDate(3).toLocalDate(),
                            rs.getString(4)), rs.getLong(5));
                });
        all.values().removeIf(v -> v == 0);
        assertThat(all).isEqualTo(expected);
        assertThat(rollUp("indicator_agency_month", "in_month")).isEqualTo(byGrain(expected, true).entrySet()
                .stream().filter(e -> !LocalDate.parse(e.getKey().split("\\|")[1]).isBefore(
                        first().withDayOfMonth(1)) && !LocalDate.parse(e.getKey().split("\\|")[1]).isAfter(UNTIL))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        // a synthetic dossier's row gives back its track, except what only files, payments and ratings hold
        long id = loaded.firstId() + 5;
        assertThat(dossierPart(ledger.find(id).orElseThrow())).isEqualTo(dossierPart(synthetic.dossier(
                synthetic.plan(), new SyntheticDossiers.Request(1_200, 11, UNTIL, 400, 400), loaded.firstId(), 5)
                .track()));
    }

    @Test
    void theCommandRefusesABadNumberWithAMessageInBothLanguages() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        for (String bad : new String[] { "--generate=abc", "--generate=0", "--generate=-5", "--generate" }) {
            assertThatThrownBy(() -> SyntheticDossiersCommand.request(new DefaultApplicationArguments(bad), today))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(" / ");
        }
        assertThatThrownBy(() -> SyntheticDossiersCommand.request(
                new DefaultApplicationArguments("--generate=10", "--generate.until=23/11/2026"), today))
                .hasMessageContaining("YYYY-MM-DD");
        SyntheticDossiers.Request request = SyntheticDossiersCommand.request(
                new DefaultApplicationArguments("--generate=1_000_000"), today);
        assertThat(request.count()).isEqualTo(1_000_000);
        assertThat(request.until()).isEqualTo(today);
        assertThat(request.perCommit()).isGreaterThanOrEqualTo(request.batchSize());
    }

    /** The procedure-grain counters of the synthetic history. */
    Map<Track.Key, Long> counters() {
        Map<Track.Key, Long> out = new HashMap<>();
        jdbc.sql("""
                select agency_code, procedure_id, on_day, metric, counted from indicator_counter
                where on_day between ? and ?""")
                .params(Date.valueOf(first()), Date.valueOf(UNTIL))
                .query(rs -> {
                    out.put(new Track.Key(rs.getString(1), rs.getLong(2), rs.getDate(3).toLocalDate(),
                            rs.getString(4)), rs.getLong(5));
                });
        return out;
    }

    Map<String, Long> rollUp(String table, String dayColumn) {
        Map<String, Long> out = new HashMap<>();
        jdbc.sql("select agency_code, " + dayColumn + ", metric, counted from " + table + " where " + dayColumn
                + " between ? and ?")
                .params(Date.valueOf(first().withDayOfMonth(1)), Date.valueOf(UNTIL))
                .query(rs -> {
                    out.put(rs.getString(1) + "|" + rs.getDate(2).toLocalDate() + "|" + rs.getString(3),
                            rs.getLong(4));
                });
        return out;
    }

    static Map<String, Long> byGrain(Map<Track.Key, Long> counters, boolean month) {
        Map<String, Long> out = new HashMap<>();
        counters.forEach((k, v) -> out.merge(k.agencyCode() + "|" + (month ? k.day().withDayOfMonth(1) : k.day())
                + "|" + k.metric(), v, Long::sum));
        return out;
    }

    static <K> Map<K, Long> growth(Map<K, Long> before, Map<K, Long> after) {
        Map<K, Long> out = new HashMap<>(after);
        before.forEach((k, v) -> out.merge(k, -v, Long::sum));
        out.values().removeIf(v -> v == 0);
        return out;
    }

    /** The fields of a track the dossier row holds. */
    static Track dossierPart(Track t) {
        return new Track(t.dossierId(), t.agencyCode(), t.procedureId(), t.channel(), t.feeApplies(),
                t.submittedAt(), t.dueAt(), null, t.finishedAt(), t.outcome(), t.deliveredAt(), false, null, null,
                false, t.code(), false, false);
    }

    /**
     * A connected procedure's dossier is counted in its members (other tests of the suite leave some in the shared
     * database): left out of the plain counts too.
     */
    String notConnected() {
        return connected.all().stream().map(c -> String.valueOf(c.procedureId()))
                .reduce((a, b) -> a + ", " + b).map(ids -> " procedure_id not in (" + ids + ") ").orElse(" 1 = 1 ");
    }

    /** The figures a plain GROUP BY over the dossier table's own columns gives for the synthetic history. */
    Map<String, Long> groupBy() {
        Timestamp from = Timestamp.from(first().atStartOfDay(VietnamTime.ZONE).toInstant());
        Timestamp to = Timestamp.from(UNTIL.atStartOfDay(VietnamTime.ZONE).toInstant());
        Map<String, Long> out = new HashMap<>();
        jdbc.sql("""
                select channel, status,
                    sum(case when submitted_at >= :from and submitted_at < :to then 1 else 0 end),
                    sum(case when finished_at >= :from and finished_at < :to then 1 else 0 end),
                    sum(case when finished_at >= :from and finished_at < :to and due_at is not null
                        then 1 else 0 end),
                    sum(case when finished_at >= :from and finished_at < :to and finished_at <= due_at
                        then 1 else 0 end)
                from dossier
                where ((submitted_at >= :from and submitted_at < :to) or (finished_at >= :from and finished_at < :to))
                    and""" + notConnected() + """
                group by channel, status""")
                .param("from", from).param("to", to)
                .query(rs -> {
                    Channel channel = Channel.valueOf(rs.getString(1));
                    int status = rs.getInt(2);
                    long submitted = rs.getLong(3);
                    long finished = rs.getLong(4);
                    out.merge(Metrics.SUBMITTED, submitted, Long::sum);
                    out.merge(Metrics.submitted(channel), submitted, Long::sum);
                    out.merge(Metrics.FINISHED, finished, Long::sum);
                    out.merge(Metrics.FINISHED_WITH_DUE, rs.getLong(5), Long::sum);
                    out.merge(Metrics.FINISHED_ON_TIME, rs.getLong(6), Long::sum);
                    if (status == DossierStatus.RESULT_RETURNED.code()) {
                        out.merge(Metrics.RESULT_ELECTRONIC, finished, Long::sum);
                    }
                    if (status == DossierStatus.NOT_RECEIVED.code() || status == DossierStatus.WITHDRAWN.code()
                            || status == DossierStatus.STOPPED.code()) {
                        out.merge(Metrics.finished(DossierStatus.ofCode(status)), finished, Long::sum);
                    }
                    if (status == DossierStatus.DONE.code() || status == DossierStatus.RESULT_RETURNED.code()) {
                        out.merge(Metrics.finished(DossierStatus.DONE), finished, Long::sum);
                    }
                });
        return out;
    }
}
