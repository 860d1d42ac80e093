package vn.opendvc.assistant.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a citizen's question: folds it, mends spellings and typos, notes what is asked and the citizen's situation,
 * maps everyday phrases to the catalog's terms, and drops the words that carry no meaning for the search.
 */
final class QuestionReader {

    /** How often two words must be seen together for an ambiguous noise word to count as half of a catalog word. */
    private static final double COLLOCATION = 0.03;
    private static final List<String> LEVELS = List.of("XA", "TINH", "BO");

    private final Lexicon lexicon;

    QuestionReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    ReadQuestion read(String question, Vocabulary vocabulary) {
        List<String> words = vocabulary.mend(lexicon.spell(Folding.words(question)));
        Set<Intent> intents = EnumSet.noneOf(Intent.class);
        for (Intent intent : Intent.values()) {
            if (lexicon.section("intent:" + intent.name()).foundIn(words)) {
                intents.add(intent);
            }
        }
        boolean foreign = lexicon.section("foreign").foundIn(words);
        boolean abroad = lexicon.section("abroad").foundIn(words);
        boolean business = lexicon.section("business").foundIn(words);
        String level = LEVELS.stream().filter(l -> lexicon.section("level:" + l).foundIn(words)).findFirst()
                .orElse(null);

        // everyday phrases → catalog terms (kept), then what carries no meaning is dropped
        Lexicon.Phrases paraphrases = lexicon.section("paraphrase");
        Lexicon.Phrases offTopic = lexicon.section("offtopic");
        List<Lexicon.Phrases> noise = new ArrayList<>();
        noise.add(lexicon.section("foreign"));
        noise.add(lexicon.section("stop"));
        Lexicon.Phrases ambiguous = lexicon.section("stop:ambiguous");
        for (Intent intent : Intent.values()) {
            noise.add(lexicon.section("intent:" + intent.name()));
        }
        List<String> terms = new ArrayList<>();
        Set<String> expanded = new java.util.HashSet<>();
        int i = 0;
        while (i < words.size()) {
            int outside = offTopic.matchAt(words, i);
            if (outside > 0) { // one word no procedure has: its meaning counts, uncovered, against every match
                terms.add(String.join("_", words.subList(i, i + outside)));
                i += outside;
                continue;
            }
            int n = paraphrases.matchAt(words, i);
            int noisy = 0;
            for (Lexicon.Phrases phrases : noise) {
                noisy = Math.max(noisy, phrases.matchAt(words, i));
            }
            if (n > 0 && noisy <= n) { // "xin" is "cấp", but "xin hỏi" is noise
                List<String> value = paraphrases.value(words.subList(i, i + n));
                terms.addAll(value);
                value.stream().filter(w -> !words.contains(w)).forEach(expanded::add);
                i += n;
                continue;
            }
            int skip = noisy;
            if (skip == 0 && isNumber(words.get(i))) {
                skip = 1; // "1 tháng", "năm 2024": numbers outside a phrase say nothing of the procedure
            }
            if (skip == 0 && ambiguous.matchAt(words, i) == 1 && !catalogPair(words, i, vocabulary)) {
                skip = 1; // "đang" is noise, "đăng ký" is not: both are "dang" once folded
            }
            if (skip > 0) {
                i += skip;
                continue;
            }
            terms.add(words.get(i));
            i++;
        }
        return new ReadQuestion(terms, expanded, intents, foreign, abroad, business, level);
    }

    private static boolean isNumber(String word) {
        return word.chars().allMatch(Character::isDigit);
    }

    /** The word forms a pair the catalog uses with the word before or after it. */
    private static boolean catalogPair(List<String> words, int i, Vocabulary vocabulary) {
        return (i > 0 && vocabulary.isCollocation(words.get(i - 1), words.get(i), COLLOCATION))
                || (i + 1 < words.size() && vocabulary.isCollocation(words.get(i), words.get(i + 1), COLLOCATION));
    }
}
