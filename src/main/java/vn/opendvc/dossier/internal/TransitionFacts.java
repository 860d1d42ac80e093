package vn.opendvc.dossier.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.opendvc.calendar.Pause;
import vn.opendvc.calendar.WorkingCalendar;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierTransitions;
import vn.opendvc.dossier.DossierTransitions.Decision;
import vn.opendvc.dossier.DossierTransitions.Facts;
import vn.opendvc.dossier.DossierTransitions.Party;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.dossier.DossierProblem;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.ResultParcels;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.Role;
import vn.opendvc.payment.Payments;
import vn.opendvc.web.Message;
import vn.opendvc.dossier.DossierTransitions.Guard;

/**
 * What the transition table's conditions and guards look at, read from the dossier for one actor, and the table's
 * answer: the row to apply, or the refusal (409) that names why.
 */
@Component
class TransitionFacts {

    private final DossierStore store;
    private final WorkingCalendar calendar;
    private final Payments payments;
    private final Clock clock;
    private final List<ResultParcels> parcels;

    TransitionFacts(DossierStore store, WorkingCalendar calendar, Payments payments, Clock clock,
            List<ResultParcels> parcels) {
        this.parcels = parcels;
        this.store = store;
        this.calendar = calendar;
        this.payments = payments;
        this.clock = clock;
    }

    /** The row {@code by} may apply for {@code action}, or a 409 saying why not. */
    DossierTransitions.Transition allowed(CurrentUser by, DossierStore.Row row, DossierAction action) {
        List<Dossier.Step> steps = store.steps(row.id());
        Decision decision = DossierTransitions.decide(row.status(), action, parties(by, row),
                facts(row, steps, paid(row), by));
        return decision.transition().orElseThrow(() -> DossierProblem.illegalTransition(decision.refusedBy()
                .map(guard -> refusal(guard, currentStep(row, steps)))
                .orElseGet(() -> Message.of("dossier.refused.not-allowed", action, row.status()))));
    }

    /** The row the system applies (a confirmed payment), if the table has one now. */
    java.util.Optional<DossierTransitions.Transition> bySystem(DossierStore.Row row, DossierAction action) {
        return DossierTransitions.decide(row.status(), action, Set.of(Party.SYSTEM),
                facts(row, store.steps(row.id()), paid(row), null)).transition();
    }

    /** The buttons of a dossier page: the steps and payment already loaded with the dossier are not read again. */
    List<DossierAction> actionsFor(CurrentUser by, DossierStore.Row row, Dossier loaded) {
        return DossierTransitions.actionsFor(row.status(), parties(by, row),
                facts(row, loaded.steps(), loaded.paid(), by));
    }

    /**
     * Who {@code by} is to the dossier; a connected procedure's dossier, which coordinates member dossiers, is
     * acted on by its applicant only (its members go to their agencies' officers).
     */
    private Set<Party> parties(CurrentUser by, DossierStore.Row row) {
        Set<Party> parties = DossierAccess.parties(by, row);
        if (row.status() != DossierStatus.DRAFT && parties.stream().anyMatch(p -> p != Party.APPLICANT)
                && store.coordinates(row.id())) {
            return parties.contains(Party.APPLICANT) ? Set.of(Party.APPLICANT) : Set.of();
        }
        return parties;
    }

    private boolean paid(DossierStore.Row row) {
        return row.feeDueVnd() != null && row.feeDueVnd() > 0 && payments.isPaid(row.id());
    }

    /** The facts as {@code by} sees them ({@code null}: the system, at no step). */
    private Facts facts(DossierStore.Row row, List<Dossier.Step> steps, boolean paid, CurrentUser by) {
        boolean feeUnpaid = row.feeDueVnd() != null && row.feeDueVnd() > 0 && !paid;
        Dossier.Step step = currentStep(row, steps);
        boolean atActorsStep = by != null && step != null && by.hasRole(Role.valueOf(step.role()));
        boolean apologized = row.apologizedAt() != null;
        // only a finished dossier has a result to send; the carrier is not asked about the others
        boolean parcelUnderWay = row.status() == DossierStatus.DONE
                && parcels.stream().anyMatch(p -> p.underWay(row.id()));
        return new Facts(row.receivedAt() != null, feeUnpaid, atActorsStep, row.currentStep(), steps.size(),
                apologized, !apologized && aboutToBeLate(row, clock.instant()), parcelUnderWay);
    }

    private static Dossier.Step currentStep(DossierStore.Row row, List<Dossier.Step> steps) {
        return steps.stream().filter(s -> s.position() == row.currentStep()).findFirst().orElse(null);
    }

    /** The guard's reason; the step's name and role for a refusal at another role's step. */
    private static Message refusal(Guard guard, Dossier.Step step) {
        return Message.of(guard.refusal(), step == null ? "?" : step.name(), step == null ? "?" : step.role());
    }

    /**
     * Whether the officer should send the apology letter now: at most one working day is left (or the date has
     * passed) and at least half of the legal time has gone, so a one-day procedure is not "late" the moment it is
     * received.
     */
    private boolean aboutToBeLate(DossierStore.Row row, Instant now) {
        if (row.receivedAt() == null || row.dueAt() == null) {
            return false;
        }
        if (!now.isBefore(row.dueAt())) {
            return true;
        }
        List<Pause> pauses = store.pauses(row.id());
        Duration left = calendar.workingTime(now, row.dueAt(), pauses);
        Duration gone = calendar.workingTime(row.receivedAt(), now, pauses);
        return left.compareTo(calendar.workingDayLength()) <= 0 && gone.compareTo(left) >= 0;
    }
}
