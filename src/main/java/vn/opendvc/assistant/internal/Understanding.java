package vn.opendvc.assistant.internal;

import java.util.List;

/**
 * A question read against one version of the catalog: the procedures that fit, best first, or none when the
 * assistant does not know (nothing of the question's meaning is well covered by any procedure).
 */
final class Understanding {

    static final int SHOWN = 5;

    private final QuestionReader reader;
    private final AssistantIndex index;

    Understanding(Lexicon lexicon, AssistantIndex index) {
        this.reader = new QuestionReader(lexicon);
        this.index = index;
    }

    /**
     * @param matches the procedures that fit, best first; empty when the assistant does not know
     */
    record Understood(ReadQuestion question, List<AssistantIndex.Match> matches) {

        boolean knows() {
            return !matches.isEmpty();
        }
    }

    Understood understand(String text) {
        ReadQuestion question = reader.read(text, index.vocabulary());
        List<AssistantIndex.Match> matches = index.search(question, SHOWN);
        if (matches.isEmpty() || !confident(question, matches.getFirst())) {
            return new Understood(question, List.of());
        }
        return new Understood(question, matches);
    }

    /**
     * Enough of the question is in the procedure: most of its meaning, and for a question of several words at least
     * two of them side by side as the catalog says them (words scattered over a name are chance).
     */
    private static boolean confident(ReadQuestion question, AssistantIndex.Match best) {
        if (best.coverage() < AssistantIndex.MIN_COVERAGE || best.score() < AssistantIndex.MIN_SCORE) {
            return false;
        }
        return question.terms().stream().distinct().count() < 2 || best.pairFound();
    }

    int size() {
        return index.size();
    }
}
