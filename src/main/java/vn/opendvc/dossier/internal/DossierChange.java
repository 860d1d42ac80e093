package vn.opendvc.dossier.internal;

import java.time.Instant;
import java.util.List;

import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.Dossiers.Upload;
import vn.opendvc.identity.CurrentUser;

/**
 * One transition being applied: the row as it was, the row as it will be, and the dossier's steps as the effects
 * leave them.
 *
 * @param result for completing: the officer's signed result, {@code null} to generate one
 */
final class DossierChange {

    final CurrentUser by;
    final DossierStore.Row before;
    final DossierStore.Row.Builder after;
    final Instant now;
    final ActionInput input;
    final Upload result;
    List<Dossier.Step> steps;

    DossierChange(CurrentUser by, DossierStore.Row before, List<Dossier.Step> steps, Instant now, ActionInput input,
            Upload result) {
        this.by = by;
        this.before = before;
        this.after = new DossierStore.Row.Builder(before);
        this.steps = steps;
        this.now = now;
        this.input = input;
        this.result = result;
    }

    long id() {
        return before.id();
    }
}
