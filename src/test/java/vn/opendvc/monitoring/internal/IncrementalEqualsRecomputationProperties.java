package vn.opendvc.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.DossierStatusChanged;

/**
 * After any mix of dossier, payment and rating events, applied in any order (listeners are asynchronous), the
 * counters kept incrementally equal the counters recomputed from each dossier's final state.
 */
class IncrementalEqualsRecomputationProperties {

    static final Instant START = Instant.parse("2026-01-05T02:00:00Z");

    record Case(List<Map.Entry<Long, UnaryOperator<Track>>> events, List<Track> finalStates) {
    }

    static Case generate(long seed, int dossiers) {
        Random random = new Random(seed);
        List<Map.Entry<Long, UnaryOperator<Track>>> events = new ArrayList<>();
        List<Track> finals = new ArrayList<>();
        for (long id = 1; id <= dossiers; id++) {
            long dossierId = id;
            String agency = random.nextBoolean() ? "A" : "B";
            long procedure = 1 + random.nextInt(3);
            // every channel, the assisted one (counted apart from online in full process) included
            Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
            boolean fee = random.nextBoolean();
            // scanning at the counter or reusing a stored document may happen at any event of the dossier
            boolean digitized = channel == Channel.ONLINE || random.nextBoolean();
            boolean reused = random.nextInt(3) == 0;
            int marked = random.nextInt(4);
            Instant t = START.plus(Duration.ofHours(random.nextInt(24 * 60)));
            Instant submitted = t;
            Instant due = null;
            Instant finished = null;
            Instant delivered = null;
            Instant rated = null;
            DossierStatus outcome = null;
            List<DossierStatusChanged> changes = new ArrayList<>();
            changes.add(change(dossierId, agency, procedure, channel, DossierStatus.DRAFT, DossierStatus.SUBMITTED,
                    DossierAction.SUBMIT, t, null));
            int path = random.nextInt(5);
            if (path == 0) { // refused at the desk
                t = t.plus(Duration.ofHours(2));
                finished = t;
                outcome = DossierStatus.NOT_RECEIVED;
                changes.add(change(dossierId, agency, procedure, channel, DossierStatus.SUBMITTED, outcome,
                        DossierAction.REFUSE, t, null));
            } else {
                t = t.plus(Duration.ofHours(1));
                due = t.plus(Duration.ofDays(3));
                changes.add(change(dossierId, agency, procedure, channel, DossierStatus.SUBMITTED,
                        DossierStatus.RECEIVED, DossierAction.RECEIVE, t, due));
                if (random.nextBoolean()) { // a supplement pause moves the promised date
                    t = t.plus(Duration.ofDays(1));
                    changes.add(change(dossierId, agency, procedure, channel, DossierStatus.RECEIVED,
                            DossierStatus.SUPPLEMENT_REQUESTED, DossierAction.REQUEST_SUPPLEMENT, t, due));
                    Duration pause = Duration.ofHours(1 + random.nextInt(72));
                    t = t.plus(pause);
                    due = due.plus(pause);
                    changes.add(change(dossierId, agency, procedure, channel, DossierStatus.SUPPLEMENT_REQUESTED,
                            DossierStatus.PROCESSING, DossierAction.RESUBMIT, t, due));
                }
                t = t.plus(Duration.ofHours(random.nextInt(24 * 6)));
                if (path < 4) {
                    finished = t;
                    outcome = path == 1 ? DossierStatus.WITHDRAWN : path == 2 ? DossierStatus.STOPPED : DossierStatus.DONE;
                    changes.add(change(dossierId, agency, procedure, channel, DossierStatus.PROCESSING, outcome,
                            DossierAction.COMPLETE, t, due));
                    if (outcome == DossierStatus.DONE && random.nextBoolean()) {
                        t = t.plus(Duration.ofHours(5));
                        delivered = t;
                        changes.add(change(dossierId, agency, procedure, channel, DossierStatus.DONE,
                                DossierStatus.RESULT_RETURNED, DossierAction.DELIVER, t, due));
                    }
                }
            }
            for (int i = 0; i < changes.size(); i++) {
                DossierStatusChanged c = changes.get(i);
                boolean known = i >= Math.min(marked, changes.size() - 1);
                DossierStatusChanged marks = new DossierStatusChanged(c.dossierId(), c.code(), c.procedureId(),
                        c.agencyCode(), c.channel(), c.from(), c.to(), c.action(), c.actorId(), c.at(), c.dueAt(),
                        known && digitized, known && reused, c.step());
                events.add(Map.entry(dossierId, track -> track.with(marks, fee)));
            }
            boolean paid = fee && random.nextBoolean();
            if (paid) {
                events.add(Map.entry(dossierId, Track::withPayment));
            }
            Integer score = null;
            boolean complaint = false;
            if (delivered != null && random.nextBoolean()) {
                rated = delivered.plus(Duration.ofDays(random.nextInt(40)));
                score = 100 + random.nextInt(401);
                complaint = random.nextInt(4) == 0;
                Instant at = rated;
                int s = score;
                boolean c = complaint;
                events.add(Map.entry(dossierId, track -> track.rated(agency, procedure, at, s, c)));
            }
            finals.add(new Track(dossierId, agency, procedure, channel, fee, submitted, due, null, finished, outcome,
                    delivered, paid, rated, score, complaint, "X-" + dossierId, digitized, reused));
        }
        Collections.shuffle(events, random);
        return new Case(events, finals);
    }

    static DossierStatusChanged change(long id, String agency, long procedure, Channel channel, DossierStatus from,
            DossierStatus to, DossierAction action, Instant at, Instant due) {
        return new DossierStatusChanged(id, "X-" + id, procedure, agency, channel, from, to, action, 1L, at, due,
                false, false, 1);
    }

    @Property(tries = 200)
    void incrementalCountersEqualAFullRecomputation(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int n) {
        Case c = generate(seed, n);
        Map<Long, Track> tracks = new HashMap<>();
        Map<Track.Key, Long> incremental = new HashMap<>();
        for (Map.Entry<Long, UnaryOperator<Track>> event : c.events()) {
            Track before = tracks.getOrDefault(event.getKey(), Track.empty(event.getKey()));
            Track after = event.getValue().apply(before);
            tracks.put(event.getKey(), after);
            Track.difference(before, after).forEach((k, v) -> incremental.merge(k, v, Long::sum));
        }
        incremental.values().removeIf(v -> v == 0);
        Map<Track.Key, Long> recomputed = new HashMap<>();
        c.finalStates().forEach(t -> t.contributions().forEach((k, v) -> recomputed.merge(k, v, Long::sum)));
        assertThat(incremental).isEqualTo(recomputed);
        assertThat(recomputed.keySet()).anyMatch(k -> k.metric().equals(Metrics.SUBMITTED));
    }
}
