package vn.opendvc.feedback.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.feedback.FeedbackAction;
import vn.opendvc.feedback.FeedbackChanged;
import vn.opendvc.feedback.FeedbackStatus;
import vn.opendvc.feedback.FeedbackTransitions;
import vn.opendvc.feedback.FeedbackTransitions.Decision;
import vn.opendvc.feedback.FeedbackTransitions.Effect;
import vn.opendvc.feedback.FeedbackTransitions.Facts;
import vn.opendvc.feedback.FeedbackTransitions.Party;
import vn.opendvc.feedback.FeedbackTransitions.Transition;
import vn.opendvc.files.Sha256;
import vn.opendvc.identity.Accounts;
import vn.opendvc.identity.Role;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;

/**
 * Takes an action on a feedback: asks the table whether the actor may, checks what they gave, applies the row's
 * effects, stores the change with its history entry and publishes {@link FeedbackChanged}; in one transaction.
 */
@Component
public class FeedbackHandling {

    static final int MAX_TEXT = 4000;
    static final int MAX_NOTE = 1000;

    private final FeedbackStore store;
    private final FeedbackDeadlines deadlines;
    private final AgencyDirectory agencies;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FeedbackHandling(FeedbackStore store, FeedbackDeadlines deadlines, AgencyDirectory agencies, Accounts accounts,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.deadlines = deadlines;
        this.agencies = agencies;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public FeedbackRecord act(Actor actor, long id, FeedbackAction action, ActionInput input) {
        FeedbackRecord f = store.find(id).orElseThrow(() -> notFound(id));
        Set<Party> parties = actor.parties(f, tokenMatches(actor, f));
        if (parties.isEmpty()) {
            throw notFound(id);
        }
        Instant now = clock.instant();
        Decision decision = FeedbackTransitions.decide(f.status(), action, parties, facts(actor, f, now));
        if (!decision.allowed()) {
            throw decision.refusedBy().map(g -> Problems.conflict(Message.of(g.refusal())))
                    .orElseGet(() -> Problems.conflict(Message.of("feedback.refused.action", action, f.status())));
        }
        return apply(actor, f, decision.transition().orElseThrow(), input, now);
    }

    /** What the actor may do next, for the buttons of a page. */
    public java.util.List<FeedbackAction> actionsFor(Actor actor, FeedbackRecord f) {
        return FeedbackTransitions.actionsFor(f.status(), actor.parties(f, tokenMatches(actor, f)),
                facts(actor, f, clock.instant()));
    }

    boolean tokenMatches(Actor actor, FeedbackRecord f) {
        return actor.token().map(t -> store.tokenMatches(f.id(), Sha256.hex(t))).orElse(false);
    }

    private Facts facts(Actor actor, FeedbackRecord f, Instant now) {
        return new Facts(actor.accountId() != null && actor.accountId().equals(f.assigneeId()), f.published(),
                f.ratedAt() != null, f.reopenedAt() != null, deadlines.withinReopenPeriod(f, now));
    }

    private FeedbackRecord apply(Actor actor, FeedbackRecord f, Transition row, ActionInput input, Instant now) {
        check(row, f, input);
        FeedbackChange change = new FeedbackChange(f, now);
        change.note = noteOf(row, input);
        for (Effect effect : row.effects()) {
            effect(effect, change, input);
        }
        change.status = row.to();
        FeedbackRecord after = change.after();
        store.update(after);
        store.history(f.id(), now, f.status(), row.action(), row.to(), actor.accountId(),
                change.previousAgency != null ? change.previousAgency : f.agencyCode(),
                change.previousAgency != null ? after.agencyCode() : null,
                row.action() == FeedbackAction.TRANSFER ? !change.onTime : null, change.note);
        events.publishEvent(event(after, f.status(), row.action(), change, actor.accountId(), now));
        if (row.effects().contains(Effect.ANSWER_DUPLICATES)) {
            store.waitingDuplicates(f.id()).forEach(d -> answerWithTarget(d, now));
        }
        if (row.effects().contains(Effect.LINK_TO_TARGET)) {
            store.find(input.targetId()).filter(t -> t.status() == FeedbackStatus.ANSWERED)
                    .flatMap(t -> store.find(f.id())).ifPresent(d -> answerWithTarget(d, now));
        }
        return store.find(f.id()).orElseThrow();
    }

    private void answerWithTarget(FeedbackRecord duplicate, Instant now) {
        Transition row = FeedbackTransitions.decide(duplicate.status(), FeedbackAction.ANSWER_WITH_TARGET,
                Set.of(Party.SYSTEM), Facts.NONE).transition().orElseThrow();
        apply(Actor.SYSTEM, duplicate, row, ActionInput.NONE, now);
    }

    private void effect(Effect effect, FeedbackChange c, ActionInput input) {
        FeedbackRecord f = c.before;
        switch (effect) {
            case NUMBER -> {
                // at submission (FeedbackSubmission)
            }
            case START_ACCEPT_DEADLINE -> {
                c.deadlineFrom = c.now;
                c.acceptDueAt = deadlines.acceptDue(c.now);
            }
            case MOVE_TO_AGENCY -> {
                c.previousAgency = f.agencyCode();
                c.agencyCode = input.agencyCode().trim();
                c.onTime = !c.now.isAfter(f.acceptDueAt());
            }
            case START_ANSWER_DEADLINE -> {
                c.acceptedAt = c.now;
                c.deadlineFrom = c.now;
                c.answerDueAt = deadlines.answerDue(f.kind(), c.now);
            }
            case SET_ASSIGNEE -> c.assigneeId = input.officerId();
            case SAVE_DRAFT -> c.draftAnswer = input.answer().strip();
            case ISSUE_ANSWER -> {
                c.answer = c.draftAnswer;
                c.answeredAt = c.now;
                c.answeredOnTime = f.answerDueAt() == null || !c.now.isAfter(f.answerDueAt());
                c.onTime = c.answeredOnTime;
            }
            case ANSWER_DUPLICATES -> {
                // after the change is stored (apply)
            }
            case LINK_TO_TARGET -> c.mergedIntoId = input.targetId();
            case COPY_TARGET_ANSWER -> {
                FeedbackRecord target = store.find(f.mergedIntoId()).orElseThrow();
                c.answer = target.answer();
                c.answeredAt = c.now;
                c.answeredOnTime = f.answerDueAt() == null || !c.now.isAfter(f.answerDueAt());
                c.onTime = c.answeredOnTime;
            }
            case MAKE_PUBLIC -> {
                c.published = true;
                c.publishedAt = c.now;
            }
            case RECORD_RATING -> {
                c.satisfied = input.satisfied();
                c.ratedAt = c.now;
            }
            case REOPEN_ANSWER -> {
                c.reopenedAt = c.now;
                c.deadlineFrom = c.now;
                c.answerDueAt = deadlines.answerDue(f.kind(), c.now);
                c.draftAnswer = null;
                c.published = false;
                c.satisfied = null;
                c.ratedAt = null;
                c.status = FeedbackStatus.ASSIGNED;
            }
        }
    }

    /** Checks what the row needs from the actor: 400 with what is wrong with each field. */
    private void check(Transition row, FeedbackRecord f, ActionInput input) {
        Map<String, Message> errors = new LinkedHashMap<>();
        switch (row.input()) {
            case NONE, CONTENT -> {
            }
            case AGENCY_AND_NOTE -> {
                String code = input.agencyCode() == null ? "" : input.agencyCode().trim();
                if (code.isEmpty() || agencies.find(code).isEmpty()) {
                    errors.put("agencyCode", Message.of("feedback.invalid.agency"));
                } else if (code.equals(f.agencyCode())) {
                    errors.put("agencyCode", Message.of("feedback.invalid.same-agency"));
                }
                text(errors, "note", input.note(), MAX_NOTE);
            }
            case OFFICER -> {
                boolean ok = input.officerId() != null && accounts.find(input.officerId())
                        .filter(u -> u.worksAt(f.agencyCode()) && u.hasAnyRole(Set.of(Role.SPECIALIST, Role.LEADER)))
                        .isPresent();
                if (!ok) {
                    errors.put("officerId", Message.of("feedback.invalid.officer"));
                }
            }
            case ANSWER -> text(errors, "answer", input.answer(), MAX_TEXT);
            case NOTE -> text(errors, "note", input.note(), MAX_NOTE);
            case TARGET -> {
                boolean ok = input.targetId() != null && input.targetId() != f.id() && store.find(input.targetId())
                        .filter(t -> t.agencyCode().equals(f.agencyCode()) && t.status() != FeedbackStatus.MERGED)
                        .isPresent();
                if (!ok) {
                    errors.put("targetId", Message.of("feedback.invalid.target"));
                }
            }
            case RATING -> {
                if (input.satisfied() == null) {
                    errors.put("satisfied", Message.of("feedback.invalid.rating"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.badRequest(Message.of("feedback.invalid.input"), errors);
        }
    }

    private static void text(Map<String, Message> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.put(field, Message.of("feedback.invalid.required"));
        } else if (value.strip().length() > max) {
            errors.put(field, Message.of("feedback.invalid.too-long", max));
        }
    }

    private static String noteOf(Transition row, ActionInput input) {
        return switch (row.input()) {
            case AGENCY_AND_NOTE, NOTE -> input.note().strip();
            case RATING -> Boolean.TRUE.equals(input.satisfied()) ? "satisfied" : "not satisfied";
            case TARGET -> "→ " + input.targetId();
            default -> null;
        };
    }

    static FeedbackChanged event(FeedbackRecord after, FeedbackStatus from, FeedbackAction action,
            FeedbackChange change, Long actorId, Instant now) {
        return new FeedbackChanged(after.id(), after.code(), after.kind(), from, action, after.status(),
                after.agencyCode(), change == null ? null : change.previousAgency, after.dossierId(),
                after.dossierAgency(), actorId, now, after.dueAt(), change == null ? null : change.onTime,
                after.submittedAt(), after.acceptedAt());
    }

    static vn.opendvc.web.Problem notFound(long id) {
        return Problems.notFound(Message.of("feedback.feedback"), id);
    }
}
