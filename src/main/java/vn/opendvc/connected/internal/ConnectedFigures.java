package vn.opendvc.connected.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.calendar.WorkingCalendar;
import vn.opendvc.calendar.WorkingDays;
import vn.opendvc.catalog.Composition;
import vn.opendvc.catalog.ConnectedProcedures;
import vn.opendvc.dossier.DossierFacts;
import vn.opendvc.dossier.DossierStatus;

/**
 * The figures of each connected procedure, for the dashboard: of its submitted dossiers, how many ended with every
 * member's result, how many of those within the overall legal time (from the submission, on the working calendar), and
 * the hand-off delay — from a member's result to the next agency's reception of the member that waited for it, the
 * time lost between agencies. The members themselves are counted in their own agencies' indicators, like any dossier.
 */
@Component
public class ConnectedFigures {

    /**
     * @param finished       dossiers whose every member has its result
     * @param onTime         of which the last result came by the overall promised date
     * @param stopped        dossiers a member of which ended without a result
     * @param handOffs       hand-offs whose next agency received the member
     * @param averageDelay   their average delay, {@code null} without any
     * @param longestDelay   the longest, {@code null} without any
     */
    public record Figures(long procedureId, String code, String name, int submitted, int finished, int onTime,
            int stopped, int handOffs, Duration averageDelay, Duration longestDelay) {

        /** On-time share of the finished ones, in percent with one decimal; {@code null} when none finished. */
        public BigDecimal onTimePercent() {
            return finished == 0 ? null : BigDecimal.valueOf(onTime * 1000L / finished, 1);
        }
    }

    private final ConnectedProcedures connected;
    private final MemberStore members;
    private final DossierFacts facts;
    private final WorkingCalendar calendar;
    private final SubmittedCompositions submittedUnder;

    ConnectedFigures(ConnectedProcedures connected, MemberStore members, DossierFacts facts,
            WorkingCalendar calendar, SubmittedCompositions submittedUnder) {
        this.submittedUnder = submittedUnder;
        this.connected = connected;
        this.members = members;
        this.facts = facts;
        this.calendar = calendar;
    }

    @Transactional(readOnly = true)
    public List<Figures> all() {
        Map<Long, List<MemberStore.Member>> byParent = new LinkedHashMap<>();
        members.all().forEach(m -> byParent.computeIfAbsent(m.parentId(), k -> new ArrayList<>()).add(m));
        List<Figures> out = new ArrayList<>();
        for (Composition composition : connected.all()) {
            int submitted = 0, finished = 0, onTime = 0, stopped = 0;
            List<Duration> delays = new ArrayList<>();
            for (Map.Entry<Long, List<MemberStore.Member>> parent : byParent.entrySet()) {
                Optional<DossierFacts.Fact> fact = facts.find(parent.getKey());
                if (fact.isEmpty() || fact.get().procedureId() != composition.procedureId()) {
                    continue;
                }
                submitted++;
                // its members and legal time as submitted: an ADMIN's later change does not move its figures
                Composition under = submittedUnder.of(parent.getKey(), composition.procedureId()).orElse(composition);
                WorkingDays legal = WorkingDays.of(BigDecimal.valueOf(under.processingDays()));
                Map<String, DossierFacts.Fact> children = new LinkedHashMap<>();
                parent.getValue().forEach(m -> facts.find(m.childId()).ifPresent(f -> children.put(m.memberCode(), f)));
                if (parent.getValue().stream().anyMatch(m -> m.state() == MemberStore.State.STOPPED)
                        || children.values().stream().anyMatch(f -> HandOffs.WITHOUT_RESULT.contains(f.status()))) {
                    stopped++;
                } else if (children.size() == under.members().size() && children.values().stream()
                        .allMatch(f -> f.status() == DossierStatus.DONE || f.status() == DossierStatus.RESULT_RETURNED)) {
                    finished++;
                    Instant last = children.values().stream().map(DossierFacts.Fact::finishedAt)
                            .filter(Objects::nonNull).max(Instant::compareTo).orElseThrow();
                    if (!last.isAfter(calendar.deadline(fact.get().submittedAt(), legal))) {
                        onTime++;
                    }
                }
                for (MemberStore.Member m : parent.getValue()) {
                    DossierFacts.Fact child = children.get(m.memberCode());
                    if (m.handedOffAt() != null && child != null && child.receivedAt() != null) {
                        delays.add(Duration.between(m.handedOffAt(), child.receivedAt()));
                    }
                }
            }
            Duration total = delays.stream().reduce(Duration.ZERO, Duration::plus);
            out.add(new Figures(composition.procedureId(), composition.code(), composition.name(), submitted,
                    finished, onTime, stopped, delays.size(),
                    delays.isEmpty() ? null : total.dividedBy(delays.size()),
                    delays.stream().max(Duration::compareTo).orElse(null)));
        }
        return out;
    }
}
