package vn.opendvc.dossier.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.opendvc.calendar.WorkingCalendar;
import vn.opendvc.calendar.WorkingDays;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierTransitions.Effect;
import vn.opendvc.payment.FeeSchedule;

/** What each {@link Effect} of the transition table does to a dossier; one method per effect. */
@Component
class TransitionEffects {

    private final DossierStore store;
    private final DossierCodes codes;
    private final FeeSchedule fees;
    private final WorkingCalendar calendar;
    private final StepPlan plan;
    private final ResultIssuing results;
    private final ProcedureCatalog catalog;

    TransitionEffects(DossierStore store, DossierCodes codes, FeeSchedule fees, WorkingCalendar calendar,
            StepPlan plan, ResultIssuing results, ProcedureCatalog catalog) {
        this.catalog = catalog;
        this.store = store;
        this.codes = codes;
        this.fees = fees;
        this.calendar = calendar;
        this.plan = plan;
        this.results = results;
    }

    void apply(List<Effect> effects, DossierChange c) {
        for (Effect effect : effects) {
            switch (effect) {
                case NUMBER -> number(c);
                case START_DEADLINE -> startDeadline(c);
                case PAUSE -> store.startPause(c.id(), c.now);
                case RESUME -> resume(c);
                case CLOSE_PAUSE -> store.endPause(c.id(), c.now);
                case COMPLETE_STEP -> steps(c, StepPlan.done(c.steps, c.before.currentStep(), c.now));
                case NEXT_STEP -> c.after.currentStep(c.before.currentStep() + 1);
                case PREVIOUS_STEP -> previousStep(c);
                case FINISH -> c.after.finishedAt(c.now);
                case ISSUE_RESULT -> results.issue(c.before, c.by, c.result, c.now);
                case DELIVER_RESULT -> c.after.deliveredAt(c.now);
                case NEW_PROMISED_DATE -> newPromisedDate(c);
            }
        }
    }

    /** The dossier number is taken inside the submission's transaction, so only a committed submission keeps one. */
    private void number(DossierChange c) {
        DossierStore.Row row = c.before;
        c.after.code(codes.next(row.agencyCode(), c.now)).submittedAt(c.now).feeDueVnd(freeAsConnected(row) ? 0L
                : fees.quote(row.procedureId(), row.agencyCode(), null).amountDueVnd());
    }

    /**
     * A member dossier of a connected procedure published free of charge (e.g. 2.000986, "không thu lệ phí") owes
     * nothing, whatever its procedure costs on its own: the applicant is quoted the connected procedure's fee.
     */
    private boolean freeAsConnected(DossierStore.Row row) {
        Long parentId = store.parentOf(row.id());
        return parentId != null && store.row(parentId)
                .flatMap(parent -> catalog.find(parent.procedureId()))
                .map(p -> p.feeVnd() != null && p.feeVnd() == 0).orElse(false);
    }

    private void startDeadline(DossierChange c) {
        Instant due = calendar.deadline(c.now, WorkingDays.of(c.before.processingDays()));
        c.after.receivedAt(c.now).dueAt(due);
        steps(c, plan.plan(c.before, c.now, List.of(), List.of()));
    }

    /**
     * Ends the pause the dossier was in (a supplement or the fee awaited): the waiting time moves the promised date
     * and the step dues, also a date already moved by an apology.
     */
    private void resume(DossierChange c) {
        DossierStore.Row row = c.before;
        WorkingDays days = WorkingDays.of(row.processingDays());
        Instant legalBefore = calendar.deadline(row.receivedAt(), days,
                store.pauses(row.id()).stream().filter(p -> !p.isOngoing()).toList());
        store.endPause(row.id(), c.now);
        Instant legalAfter = calendar.deadline(row.receivedAt(), days, store.pauses(row.id()));
        Duration waited = Duration.between(legalBefore, legalAfter);
        c.after.dueAt(row.dueAt().plus(waited));
        List<Dossier.Step> replanned = plan.plan(row, row.receivedAt(), store.pauses(row.id()), c.steps);
        steps(c, row.apologizedAt() == null ? replanned
                : StepPlan.rescheduled(replanned, legalAfter, row.dueAt().plus(waited)));
    }

    private void previousStep(DossierChange c) {
        int previous = c.before.currentStep() - 1;
        steps(c, StepPlan.reopened(c.steps, previous));
        c.after.currentStep(previous);
    }

    private void newPromisedDate(DossierChange c) {
        c.after.dueAt(c.input.newDueAt()).apologizedAt(c.now);
        steps(c, StepPlan.rescheduled(c.steps, c.before.dueAt(), c.input.newDueAt()));
    }

    private void steps(DossierChange c, List<Dossier.Step> steps) {
        store.saveSteps(c.id(), c.steps, steps);
        c.steps = steps;
    }
}
