package vn.opendvc.monitoring.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.DossierStatusChanged;
import vn.opendvc.sync.SyncedDossierReport;

/**
 * What the indicators know about one dossier. Each event sets fields independently of the order events arrive in
 * (listeners run asynchronously), so the track after any interleaving equals the track read from the dossier tables.
 *
 * @param outcome     how processing finished: DONE, NOT_RECEIVED (refused), STOPPED or WITHDRAWN
 * @param ratingScore the rating's average score in hundredths (4.50 → 450)
 * @param digitized   documents held electronically (submitted online or scanned at the counter)
 * @param reused      a document was taken from the applicant's document store
 * @param complaintAcceptedAt when the first feedback about the handling of this dossier was accepted by an agency
 *                    (feedback module): a complaint, counted once per dossier with one flagged with the rating
 */
record Track(long dossierId, String agencyCode, Long procedureId, Channel channel, boolean feeApplies,
        Instant submittedAt, Instant dueAt, Instant lastEventAt, Instant finishedAt, DossierStatus outcome,
        Instant deliveredAt, boolean paid, Instant ratedAt, Integer ratingScore, boolean complaint, String code,
        boolean digitized, boolean reused, Instant complaintAcceptedAt) {

    /** A track without a complaint from feedback. */
    Track(long dossierId, String agencyCode, Long procedureId, Channel channel, boolean feeApplies,
            Instant submittedAt, Instant dueAt, Instant lastEventAt, Instant finishedAt, DossierStatus outcome,
            Instant deliveredAt, boolean paid, Instant ratedAt, Integer ratingScore, boolean complaint, String code,
            boolean digitized, boolean reused) {
        this(dossierId, agencyCode, procedureId, channel, feeApplies, submittedAt, dueAt, lastEventAt, finishedAt,
                outcome, deliveredAt, paid, ratedAt, ratingScore, complaint, code, digitized, reused, null);
    }

    static Track empty(long dossierId) {
        return new Track(dossierId, null, null, null, false, null, null, null, null, null, null, false, null, null,
                false, null, false, false, null);
    }

    /** The same track without the bookkeeping of event order, to compare with one read from the source tables. */
    Track withoutEventTime() {
        return new Track(dossierId, agencyCode, procedureId, channel, feeApplies, submittedAt, dueAt, null,
                finishedAt, outcome, deliveredAt, paid, ratedAt, ratingScore, complaint, code, digitized, reused,
                complaintAcceptedAt);
    }

    /** A key of the counters. */
    record Key(String agencyCode, long procedureId, LocalDate day, String metric) {
    }

    static boolean finishing(DossierStatus to) {
        return to == DossierStatus.DONE || to == DossierStatus.NOT_RECEIVED || to == DossierStatus.STOPPED
                || to == DossierStatus.WITHDRAWN;
    }

    Track with(DossierStatusChanged e, boolean feeApplies) {
        boolean latest = lastEventAt == null || !e.at().isBefore(lastEventAt);
        return new Track(dossierId, e.agencyCode(), e.procedureId(), e.channel(), feeApplies,
                e.from() == DossierStatus.DRAFT && e.to() == DossierStatus.SUBMITTED && submittedAt == null
                        ? e.at() : submittedAt,
                latest ? e.dueAt() : dueAt, latest ? e.at() : lastEventAt,
                finishing(e.to()) ? e.at() : finishedAt, finishing(e.to()) ? e.to() : outcome,
                e.to() == DossierStatus.RESULT_RETURNED ? e.at() : deliveredAt, paid, ratedAt, ratingScore,
                complaint, e.code() != null ? e.code() : code, digitized || e.digitized(), reused || e.reusedData(),
                complaintAcceptedAt);
    }

    /**
     * The track of a dossier handled in another system, keyed {@link #syncedKey} so it never meets a native dossier's:
     * its whole state as the latest accepted record reports it; a report older than the last one applied changes
     * nothing (batches are told asynchronously, so an older batch may be heard last).
     */
    Track reported(SyncedDossierReport r) {
        if (lastEventAt != null && r.reportedAt().isBefore(lastEventAt)) {
            return this;
        }
        return new Track(dossierId, r.agencyCode(), r.procedureId(), r.channel(), r.feeApplies(), r.submittedAt(),
                r.dueAt(), r.reportedAt(), r.finishedAt(), r.outcome(), r.deliveredAt(), r.paidOnline(),
                ratedAt, ratingScore, complaint, r.code(), r.digitized(), false, complaintAcceptedAt);
    }

    /** The key of a synced dossier's track: the negative of its sync id, apart from every native dossier id. */
    static long syncedKey(long syncedId) {
        return -syncedId;
    }

    Track withPayment() {
        return new Track(dossierId, agencyCode, procedureId, channel, feeApplies, submittedAt, dueAt, lastEventAt,
                finishedAt, outcome, deliveredAt, true, ratedAt, ratingScore, complaint, code, digitized, reused,
                complaintAcceptedAt);
    }

    Track rated(String agency, long procedure, Instant at, int score, boolean withComplaint) {
        return new Track(dossierId, agencyCode == null ? agency : agencyCode,
                procedureId == null ? procedure : procedureId, channel, feeApplies, submittedAt, dueAt, lastEventAt,
                finishedAt, outcome, deliveredAt, paid, at, score, withComplaint, code, digitized, reused,
                complaintAcceptedAt);
    }

    /** A complaint about this dossier was accepted (the earliest acceptance counts, whatever the events' order). */
    Track complaintAccepted(Instant at) {
        Instant first = complaintAcceptedAt == null || at.isBefore(complaintAcceptedAt) ? at : complaintAcceptedAt;
        return new Track(dossierId, agencyCode, procedureId, channel, feeApplies, submittedAt, dueAt, lastEventAt,
                finishedAt, outcome, deliveredAt, paid, ratedAt, ratingScore, complaint, code, digitized, reused,
                first);
    }

    /**
     * The day the dossier's complaint counts on: the rating's when it flagged one, otherwise the acceptance of a
     * feedback about it; none without either. One complaint per dossier.
     */
    Instant complaintAt() {
        if (ratedAt != null && ratingScore != null && complaint) {
            return ratedAt;
        }
        return complaintAcceptedAt;
    }

    /**
     * Full process: submitted through the portal (online, or by an agent for the citizen), paid online when a fee
     * applies, electronic result delivered. Counted per channel; whether the assisted ones count is decided when
     * scoring ({@link OnlineChannels}), so the counters do not depend on configuration.
     */
    boolean fullProcess() {
        return channel != null && channel.throughPortal() && deliveredAt != null && (!feeApplies || paid);
    }

    /** This dossier's share of the counters. */
    Map<Key, Long> contributions() {
        Map<Key, Long> out = new HashMap<>();
        if (agencyCode == null || procedureId == null) {
            return out;
        }
        if (submittedAt != null && channel != null) {
            LocalDate day = Metrics.day(submittedAt);
            add(out, day, Metrics.SUBMITTED, 1);
            add(out, day, Metrics.submitted(channel), 1);
            if (digitized) {
                add(out, day, Metrics.SUBMITTED_DIGITIZED, 1);
            }
            if (reused) {
                add(out, day, Metrics.SUBMITTED_REUSING, 1);
            }
            if (dossierId < 0) {
                add(out, day, Metrics.SUBMITTED_SYNCED, 1); // keyed by syncedKey: reported by another system
            }
        }
        if (finishedAt != null) {
            LocalDate day = Metrics.day(finishedAt);
            add(out, day, Metrics.FINISHED, 1);
            add(out, day, Metrics.finished(outcome), 1);
            if (dueAt != null) {
                add(out, day, Metrics.FINISHED_WITH_DUE, 1);
                if (!finishedAt.isAfter(dueAt)) {
                    add(out, day, Metrics.FINISHED_ON_TIME, 1);
                }
            }
            if (outcome == DossierStatus.DONE && deliveredAt != null) {
                add(out, day, Metrics.RESULT_ELECTRONIC, 1);
            }
            if (feeApplies) {
                add(out, day, Metrics.FEE_DUE, 1);
                if (paid) {
                    add(out, day, Metrics.PAID_ONLINE, 1);
                }
            }
            if (fullProcess()) {
                add(out, day, Metrics.fullProcess(channel), 1);
            }
        }
        if (ratedAt != null && ratingScore != null) {
            LocalDate day = Metrics.day(ratedAt);
            add(out, day, Metrics.RATINGS, 1);
            add(out, day, Metrics.RATING_SCORE_SUM, ratingScore);
        }
        if (complaintAt() != null) {
            add(out, Metrics.day(complaintAt()), Metrics.COMPLAINTS, 1);
        }
        return out;
    }

    private void add(Map<Key, Long> out, LocalDate day, String metric, long value) {
        out.merge(new Key(agencyCode, procedureId, day, metric), value, Long::sum);
    }

    /** What changes in the counters when this track becomes {@code next}. */
    static Map<Key, Long> difference(Track before, Track next) {
        Map<Key, Long> diff = new HashMap<>(next.contributions());
        before.contributions().forEach((key, value) -> diff.merge(key, -value, Long::sum));
        diff.values().removeIf(v -> v == 0);
        return diff;
    }
}
