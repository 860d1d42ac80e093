package vn.opendvc.dossier.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.opendvc.dossier.DossierProblem;
import vn.opendvc.dossier.DossierTransitions.Input;
import vn.opendvc.dossier.Dossiers.ActionRequest;
import vn.opendvc.web.Message;

/**
 * What the actor gave with an action, checked against what the row's {@link Input} asks for; bad input is a 400 with
 * the field that is wrong. The history note of a supplement request or a refusal lists the items first.
 *
 * @param items the non-blank items of a supplement request or a refusal, stripped
 * @param note  the actor's note, stripped; {@code null} when blank
 */
record ActionInput(List<String> items, String note, Instant newDueAt) {

    static ActionInput of(ActionRequest request) {
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        List<String> items = request.missing() == null ? List.of()
                : request.missing().stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
        return new ActionInput(items, note, request.newDueAt());
    }

    /** No input: the row asks for none (submission, a confirmed payment). */
    static ActionInput none(String note) {
        return new ActionInput(List.of(), note, null);
    }

    /** Refuses input that does not give what {@code input} needs; {@code dueAt} is the promised date before. */
    void check(Input input, Instant dueAt) {
        switch (input) {
            case NONE -> {
            }
            case MISSING_ITEMS -> {
                if (items.isEmpty()) {
                    throw DossierProblem.invalid(Message.of("dossier.invalid.missing"),
                            Map.of("missing", Message.of("dossier.invalid.missing.item")));
                }
            }
            case REASONS -> {
                if (items.isEmpty() && note == null) {
                    throw DossierProblem.invalid(Message.of("dossier.invalid.reasons"),
                            Map.of("missing", Message.of("dossier.invalid.reasons.item")));
                }
            }
            case NOTE -> {
                if (note == null) {
                    throw DossierProblem.invalid(Message.of("dossier.invalid.stop"),
                            Map.of("note", Message.of("dossier.invalid.stop.note")));
                }
            }
            case REASON_AND_LATER_DATE -> {
                Map<String, Message> errors = new LinkedHashMap<>();
                if (note == null) {
                    errors.put("note", Message.of("dossier.invalid.apology.note"));
                }
                if (newDueAt == null || dueAt == null || !newDueAt.isAfter(dueAt)) {
                    errors.put("newDueAt", Message.of("dossier.invalid.apology.date"));
                }
                if (!errors.isEmpty()) {
                    throw DossierProblem.invalid(Message.of("dossier.invalid.apology"), errors);
                }
            }
        }
    }

    /** The history note: for a supplement request or a refusal the items first, then the note. */
    String historyNote(Input input) {
        if (items.isEmpty() || (input != Input.MISSING_ITEMS && input != Input.REASONS)) {
            return note;
        }
        return String.join("; ", items) + (note == null ? "" : " — " + note);
    }

    /** A refusal's reasons for its letter: the items, or the note alone. */
    List<String> reasons() {
        return items.isEmpty() ? List.of(note) : items;
    }
}
