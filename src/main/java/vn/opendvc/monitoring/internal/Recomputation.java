package vn.opendvc.monitoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.dossier.DossierFacts;
import vn.opendvc.sync.SyncedDossierFacts;
import vn.opendvc.sync.SyncedDossierReport;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.feedback.Feedbacks;
import vn.opendvc.monitoring.IndicatorRecomputation;
import vn.opendvc.payment.PaymentFacts;
import vn.opendvc.rating.RatingFacts;

/**
 * Rebuilds every track and counter from what the dossier, payment, rating and feedback modules say through their
 * read APIs ({@link DossierFacts}, {@link PaymentFacts}, {@link RatingFacts}, {@link Feedbacks}): the dossiers come
 * by chunks, and each chunk's payments, ratings and accepted complaints are asked for at once, so millions of
 * dossiers never sit in memory together.
 */
@Component
class Recomputation implements IndicatorRecomputation {

    /** Dossiers per chunk: one read of each module, one JDBC batch of tracks, one addition to the counters. */
    static final int CHUNK = 10_000;

    private int chunkSize = CHUNK;

    private final JdbcClient jdbc;
    private final DossierFacts dossiers;
    private final PaymentFacts payments;
    private final RatingFacts ratings;
    private final CounterLedger ledger;
    private final IndicatorEvents.FeeRule fees;
    private final SyncedDossierFacts synced;
    private final Feedbacks feedback;

    Recomputation(JdbcClient jdbc, DossierFacts dossiers, PaymentFacts payments, RatingFacts ratings,
            CounterLedger ledger, IndicatorEvents.FeeRule fees, SyncedDossierFacts synced, Feedbacks feedback) {
        this.synced = synced;
        this.feedback = feedback;
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.payments = payments;
        this.ratings = ratings;
        this.ledger = ledger;
        this.fees = fees;
    }

    /**
     * Replaces the tracks and counters by those computed from the source modules; returns the dossiers counted.
     * One transaction: readers see the old counters until the new ones are complete. Each chunk's contributions
     * are added to the counters emptied at the start, so the sum is the same as adding everything at once.
     */
    @Override
    @Transactional
    public int recompute() {
        jdbc.sql("delete from indicator_counter").update();
        jdbc.sql("delete from indicator_agency_day").update();
        jdbc.sql("delete from indicator_agency_month").update();
        jdbc.sql("delete from indicator_dossier").update();
        Map<Long, Boolean> feeByProcedure = new HashMap<>();
        Map<Long, Boolean> connected = new HashMap<>();
        int[] counted = { 0 };
        // a connected procedure's dossier is counted in its members, each at its own agency (as IndicatorEvents)
        dossiers.forEachChunk(chunkSize, chunk -> counted[0] += store(tracks(chunk.stream()
                .filter(d -> !connected.computeIfAbsent(d.procedureId(), fees::connected)).toList(), feeByProcedure)));
        long after = 0;
        for (List<SyncedDossierReport> chunk = synced.after(after, chunkSize); !chunk.isEmpty();
                chunk = synced.after(after, chunkSize)) {
            counted[0] += store(chunk.stream()
                    .map(r -> Track.empty(Track.syncedKey(r.syncedId())).reported(r)).toList());
            after = chunk.getLast().syncedId();
        }
        // the answers to feedback are this module's own record of the feedback events (FeedbackIndicators)
        ledger.addToAgency(FeedbackIndicators.counters(jdbc));
        return counted[0];
    }

    /** Smaller chunks, so a test goes through several with few dossiers. */
    void chunkSize(int size) {
        this.chunkSize = size;
    }

    private int store(List<Track> chunk) {
        ledger.insertBatched(chunk);
        Map<Track.Key, Long> counters = new HashMap<>();
        for (Track track : chunk) {
            track.contributions().forEach((key, value) -> counters.merge(key, value, Long::sum));
        }
        ledger.addBatched(counters);
        return chunk.size();
    }

    /** The track of one dossier as the source modules give it (for checks). */
    Track track(long dossierId) {
        return dossiers.find(dossierId).map(fact -> tracks(List.of(fact), new HashMap<>()).get(0))
                .orElse(Track.empty(dossierId));
    }

    /** The tracks of a chunk of dossiers, with their payments and ratings read in one call each. */
    private List<Track> tracks(List<DossierFacts.Fact> chunk, Map<Long, Boolean> feeByProcedure) {
        List<Long> ids = chunk.stream().map(DossierFacts.Fact::id).toList();
        Set<Long> paid = payments.paidOnline(ids);
        Map<Long, RatingFacts.Rated> rated = ratings.ofDossiers(ids);
        Map<Long, java.time.Instant> complaints = feedback.dossierComplaints(ids);
        List<Track> out = new ArrayList<>(chunk.size());
        for (DossierFacts.Fact d : chunk) {
            Track track = track(d, feeByProcedure.computeIfAbsent(d.procedureId(), fees::applies),
                    paid.contains(d.id()), rated.get(d.id()));
            java.time.Instant complaint = complaints.get(d.id());
            out.add(complaint == null ? track : track.complaintAccepted(complaint));
        }
        return out;
    }

    private static Track track(DossierFacts.Fact d, boolean feeApplies, boolean paid, RatingFacts.Rated rating) {
        // a dossier whose result was handed over finished as done; the finishing status is its outcome otherwise
        DossierStatus outcome = d.finishedAt() == null ? null
                : d.status() == DossierStatus.RESULT_RETURNED ? DossierStatus.DONE : d.status();
        return new Track(d.id(), d.agencyCode(), d.procedureId(), d.channel(), feeApplies, d.submittedAt(),
                d.dueAt(), null, d.finishedAt(), outcome, d.deliveredAt(), paid,
                rating == null ? null : rating.at(),
                rating == null ? null : rating.averageScore().multiply(BigDecimal.valueOf(100)).intValue(),
                rating != null && rating.complaint(), d.code(), d.documents().digitized(),
                d.documents().reusedData());
    }
}
