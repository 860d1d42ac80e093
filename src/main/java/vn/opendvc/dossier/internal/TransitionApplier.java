package vn.opendvc.dossier.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierTransitions.Letter;
import vn.opendvc.dossier.DossierTransitions.Transition;
import vn.opendvc.dossier.Dossiers.Upload;
import vn.opendvc.identity.CurrentUser;

/**
 * Applies an allowed row of the transition table to a dossier, in the caller's transaction: the row's effects, the
 * dossier row updated (a stale version is a 409), the history entry, the row's event published, the row's letter.
 */
@Component
class TransitionApplier {

    private final DossierStore store;
    private final TransitionEffects effects;
    private final DossierLetters letters;
    private final DossierLoader loader;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TransitionApplier(DossierStore store, TransitionEffects effects, DossierLetters letters, DossierLoader loader,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.effects = effects;
        this.letters = letters;
        this.loader = loader;
        this.events = events;
        this.clock = clock;
    }

    /** @param result for completing: the officer's signed result, {@code null} to generate one */
    Dossier apply(CurrentUser by, Transition transition, DossierStore.Row before, ActionInput input, Upload result) {
        DossierChange change = new DossierChange(by, before, store.steps(before.id()), clock.instant(), input, result);
        effects.apply(transition.effects(), change);
        store.update(change.after.status(transition.to()).build(), before.version());
        Instant now = clock.instant();
        store.history(before.id(), now, before.status(), transition.to(), transition.action(), by.accountId(),
                by.displayName(), input.historyNote(transition.input()));
        Dossier after = loader.load(before.id());
        events.publishEvent(transition.event(after, by.accountId(), now));
        if (transition.letter() != Letter.NONE) {
            letters.issue(transition.letter(), after, by, input, before.dueAt(), change.now);
            return loader.load(before.id());
        }
        return after;
    }
}
