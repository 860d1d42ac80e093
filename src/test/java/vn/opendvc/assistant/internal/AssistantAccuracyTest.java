package vn.opendvc.assistant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.opendvc.catalog.Procedure;

/**
 * The assistant's accuracy on the committed evaluation set, over the whole shipped catalog (5,689 procedures): top-1
 * and top-3 accuracy on the answerable questions, and the share of unanswerable ones it says it does not know.
 * Prints every miss, so that a change to the lexicon or the ranking shows what it costs.
 */
class AssistantAccuracyTest {

    static final double MIN_TOP1 = 0.85;
    static final double MIN_TOP3 = 0.95;
    static final double MIN_DONT_KNOW = 0.9;
    static final double HOLDOUT_TOP1 = 0.85;
    static final double HOLDOUT_TOP3 = 0.9;
    static final double HOLDOUT_DONT_KNOW = 0.85;

    static Understanding understanding;

    @BeforeAll
    static void index() {
        Lexicon lexicon = Lexicon.load();
        understanding = new Understanding(lexicon, new AssistantIndex(SeedCatalog.procedures(), lexicon));
    }

    @Test
    void theWholeShippedCatalogIsIndexed() {
        assertThat(understanding.size()).isEqualTo(5689);
    }

    @Test
    void findsTheRightProcedureForCitizensQuestions() {
        Figures figures = measure(EvaluationSet.load(), "evaluation set");
        assertThat(figures.questions()).isGreaterThanOrEqualTo(120);
        assertThat(figures.top1()).as("top-1 accuracy").isGreaterThanOrEqualTo(MIN_TOP1);
        assertThat(figures.top3()).as("top-3 accuracy").isGreaterThanOrEqualTo(MIN_TOP3);
        assertThat(figures.dontKnow()).as("\"don't know\" on unanswerable questions")
                .isGreaterThanOrEqualTo(MIN_DONT_KNOW);
    }

    /**
     * Questions written after the tuning, as a check that the lexicon is general: its own lower bounds, so that a
     * change that only fits the evaluation set shows here.
     */
    @Test
    void generalizesToQuestionsItWasNotTunedOn() {
        Figures figures = measure(EvaluationSet.load("assistant/questions-holdout.tsv"), "held-out set");
        assertThat(figures.top1()).as("held-out top-1").isGreaterThanOrEqualTo(HOLDOUT_TOP1);
        assertThat(figures.top3()).as("held-out top-3").isGreaterThanOrEqualTo(HOLDOUT_TOP3);
        assertThat(figures.dontKnow()).as("held-out \"don't know\"").isGreaterThanOrEqualTo(HOLDOUT_DONT_KNOW);
    }

    record Figures(int questions, double top1, double top3, double dontKnow) {
    }

    private static Figures measure(EvaluationSet set, String name) {
        int answerable = 0;
        int top1 = 0;
        int top3 = 0;
        int unanswerable = 0;
        int saidDontKnow = 0;
        int wronglyDontKnow = 0;
        StringBuilder misses = new StringBuilder();
        for (EvaluationSet.Question q : set.questions()) {
            Understanding.Understood u = understanding.understand(q.text());
            List<Procedure> found = u.matches().stream().map(AssistantIndex.Match::procedure).toList();
            if (q.unanswerable()) {
                unanswerable++;
                if (!u.knows()) {
                    saidDontKnow++;
                } else {
                    misses.append("ANSWERED  ").append(q.text()).append(" → ").append(describe(u)).append('\n');
                }
                continue;
            }
            answerable++;
            if (!u.knows()) {
                wronglyDontKnow++;
            }
            if (!found.isEmpty() && q.isRight(found.getFirst())) {
                top1++;
            } else {
                misses.append(found.stream().limit(3).anyMatch(q::isRight) ? "TOP3      " : "MISS      ")
                        .append(q.text()).append(" ⇒ ").append(q.expected()).append(" → ").append(describe(u))
                        .append('\n');
            }
            if (found.stream().limit(3).anyMatch(q::isRight)) {
                top3++;
            }
        }
        double top1Rate = (double) top1 / answerable;
        double top3Rate = (double) top3 / answerable;
        double dontKnowRate = (double) saidDontKnow / unanswerable;
        System.out.printf("Assistant " + name + ": %d answerable, top-1 %d (%.1f%%), top-3 %d (%.1f%%), "
                + "wrong \"don't know\" %d; %d unanswerable, \"don't know\" %d (%.1f%%)%n%s", answerable, top1,
                100 * top1Rate, top3, 100 * top3Rate, wronglyDontKnow, unanswerable, saidDontKnow,
                100 * dontKnowRate, misses);
        return new Figures(set.questions().size(), top1Rate, top3Rate, dontKnowRate);
    }

    private static String describe(Understanding.Understood u) {
        if (!u.knows()) {
            return "don't know " + u.question().terms();
        }
        StringBuilder s = new StringBuilder(u.question().terms().toString());
        u.matches().stream().limit(3).forEach(m -> s.append(String.format(" | %s %s (%.2f, %.2f)", m.procedure().code(),
                m.procedure().name().length() > 60 ? m.procedure().name().substring(0, 60) : m.procedure().name(),
                m.score(), m.coverage())));
        return s.toString();
    }
}
