package vn.opendvc.assistant.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The everyday words of citizens and what the catalog calls them, read from {@code assistant/lexicon.txt} (see the
 * file's header for its sections). Phrases are kept folded and spelled, so they compare with folded questions.
 */
final class Lexicon {

    static final String RESOURCE = "assistant/lexicon.txt";

    private final Map<String, List<String>> spelling = new HashMap<>();
    private final Map<String, Phrases> sections = new HashMap<>();

    /** The phrases of one section, each with what it stands for (the right side, or the section's label). */
    static final class Phrases {
        private final Map<List<String>, List<String>> byWords = new HashMap<>();
        private int longest;

        void put(List<String> words, List<String> value) {
            if (!words.isEmpty()) {
                byWords.put(List.copyOf(words), List.copyOf(value));
                longest = Math.max(longest, words.size());
            }
        }

        /** The length of the longest phrase starting at {@code from}, 0 when none does. */
        int matchAt(List<String> words, int from) {
            for (int n = Math.min(longest, words.size() - from); n > 0; n--) {
                if (byWords.containsKey(words.subList(from, from + n))) {
                    return n;
                }
            }
            return 0;
        }

        List<String> value(List<String> phrase) {
            return byWords.get(phrase);
        }

        boolean foundIn(List<String> words) {
            for (int i = 0; i < words.size(); i++) {
                if (matchAt(words, i) > 0) {
                    return true;
                }
            }
            return false;
        }

        Set<String> words() {
            Set<String> all = new HashSet<>();
            byWords.forEach((k, v) -> {
                all.addAll(k);
                all.addAll(v);
            });
            return all;
        }
    }

    static Lexicon load() {
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Lexicon read(InputStream in) throws IOException {
        Lexicon lexicon = new Lexicon();
        List<String[]> deferred = new ArrayList<>();
        String section = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    section = line.substring(1, line.length() - 1);
                    continue;
                }
                if (section == null) {
                    throw new IllegalStateException(RESOURCE + ": entry before any section: " + line);
                }
                int eq = line.indexOf(" = ");
                String left = eq < 0 ? line : line.substring(0, eq);
                String right = eq < 0 ? null : line.substring(eq + 3);
                if (section.equals("spelling")) {
                    List<String> key = Folding.words(left);
                    if (key.size() != 1 || right == null) {
                        throw new IllegalStateException(RESOURCE + ": a spelling is one word = words: " + line);
                    }
                    lexicon.spelling.put(key.getFirst(), Folding.words(right));
                } else {
                    deferred.add(new String[] {section, left, right});
                }
            }
        }
        // phrases are spelled like the questions they are compared with
        for (String[] entry : deferred) {
            String label = entry[0].contains(":") ? entry[0].substring(entry[0].indexOf(':') + 1) : entry[0];
            List<String> value = entry[2] != null ? lexicon.spell(Folding.words(entry[2])) : List.of(label);
            lexicon.sections.computeIfAbsent(entry[0], s -> new Phrases())
                    .put(lexicon.spell(Folding.words(entry[1])), value);
        }
        return lexicon;
    }

    /** Each word replaced by what it stands for ({@code cccd → can cuoc}). */
    List<String> spell(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String word : words) {
            List<String> replacement = spelling.get(word);
            if (replacement == null) {
                out.add(word);
            } else {
                out.addAll(replacement);
            }
        }
        return out;
    }

    Phrases section(String name) {
        return sections.getOrDefault(name, new Phrases());
    }

    /** Every word the lexicon knows, for the typo corrector's vocabulary. */
    Set<String> words() {
        Set<String> all = new HashSet<>();
        sections.values().forEach(p -> all.addAll(p.words()));
        spelling.values().forEach(all::addAll);
        return all;
    }
}
