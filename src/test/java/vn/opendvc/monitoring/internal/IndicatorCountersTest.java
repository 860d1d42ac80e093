package vn.opendvc.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.opendvc.testing.DossierFixture.BIRTH;
import static vn.opendvc.testing.DossierFixture.HAI_CHAU;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.rating.RatingCriterion;
import vn.opendvc.rating.Ratings;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.MovableClock;
import vn.opendvc.testing.OnMondayMorning;

/** The listeners keep each dossier's track as the dossier tables give it, and the counters move accordingly. */
@ApplicationTest
@OnMondayMorning
class IndicatorCountersTest {

    @Autowired
    DossierFixture fixture;
    @Autowired
    ProcedureCatalog catalog;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    CounterLedger ledger;
    @Autowired
    Recomputation recomputation;
    @Autowired
    Ratings ratings;

    long counted(String metric, long procedureId) {
        return jdbc.sql("""
                select coalesce(sum(counted), 0) from indicator_counter
                where agency_code = ? and procedure_id = ? and metric = ?""")
                .params(HAI_CHAU, procedureId, metric).query(Long.class).single();
    }

    @Test
    void eventsKeepTheTracksEqualToTheDossierTablesAndCountTheDossiers() {
        clock.set("2026-12-07T09:00");
        long procedure = catalog.findByCode(BIRTH).orElseThrow().id();
        long fullBefore = counted(Metrics.FULL_PROCESS, procedure);
        long finishedBefore = counted(Metrics.FINISHED, procedure);
        long withdrawnBefore = counted(Metrics.finished(DossierStatus.WITHDRAWN), procedure);
        long complaintsBefore = counted(Metrics.COMPLAINTS, procedure);

        Dossier delivered = fixture.delivered("congdan1");
        var scores = new java.util.EnumMap<RatingCriterion, Integer>(RatingCriterion.class);
        for (RatingCriterion c : RatingCriterion.values()) {
            scores.put(c, 4);
        }
        ratings.rate(fixture.user("congdan1"), delivered.id(), new Ratings.RatingRequest(scores, true, null));
        Dossier withdrawn = fixture.act("congdan1", fixture.submitted("congdan1").id(), DossierAction.WITHDRAW);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(ledger.find(delivered.id()).map(t -> t.ratedAt() != null && t.deliveredAt() != null))
                    .contains(true);
            assertThat(ledger.find(withdrawn.id()).map(t -> t.finishedAt() != null)).contains(true);
        });
        for (long id : new long[] { delivered.id(), withdrawn.id() }) {
            Track incremental = ledger.find(id).orElseThrow();
            Track recomputed = recomputation.track(id);
            assertThat(incremental.withoutEventTime()).isEqualTo(recomputed);
        }
        assertThat(ledger.find(delivered.id()).orElseThrow().fullProcess()).isTrue();
        assertThat(counted(Metrics.FULL_PROCESS, procedure)).isEqualTo(fullBefore + 1);
        assertThat(counted(Metrics.FINISHED, procedure)).isEqualTo(finishedBefore + 2);
        assertThat(counted(Metrics.finished(DossierStatus.WITHDRAWN), procedure)).isEqualTo(withdrawnBefore + 1);
        assertThat(counted(Metrics.COMPLAINTS, procedure)).isEqualTo(complaintsBefore + 1);
    }
}
