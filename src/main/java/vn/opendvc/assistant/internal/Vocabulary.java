package vn.opendvc.assistant.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of the catalog and the lexicon, with how often each occurs and which pairs follow each other, to mend a
 * mistyped word: an unknown word becomes the known word one edit away (a letter missing, extra, wrong or two letters
 * swapped) that best fits its neighbours ({@code khia sinh → khai sinh}), or two known words run together
 * ({@code khaisinh → khai sinh}).
 */
final class Vocabulary {

    private final Map<String, Integer> frequency = new HashMap<>();
    private final Map<String, Integer> pairs = new HashMap<>();
    private final Map<String, List<String>> byDeletion = new HashMap<>();

    void addText(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            frequency.merge(words.get(i), 1, Integer::sum);
            if (i > 0) {
                pairs.merge(words.get(i - 1) + ' ' + words.get(i), 1, Integer::sum);
            }
        }
    }

    void addWords(Set<String> words) {
        words.forEach(w -> frequency.putIfAbsent(w, 1));
    }

    /** Indexes the words by their one-letter deletions (symmetric delete), once every word was added. */
    void seal() {
        for (String word : frequency.keySet()) {
            if (word.length() < 3 || isNumber(word)) {
                continue;
            }
            byDeletion.computeIfAbsent(word, k -> new java.util.ArrayList<>()).add(word);
            for (int i = 0; i < word.length(); i++) {
                String deleted = word.substring(0, i) + word.substring(i + 1);
                byDeletion.computeIfAbsent(deleted, k -> new java.util.ArrayList<>()).add(word);
            }
        }
    }

    boolean isPair(String first, String second) {
        return pairs.containsKey(first + ' ' + second);
    }

    /**
     * The two words are mostly seen together in the catalog: the pair makes at least {@code share} of the occurrences
     * of one of them ("đăng ký", "xã hội", "giải thể"), not a chance neighbourhood ("có giấy").
     */
    boolean isCollocation(String first, String second, double share) {
        Integer together = pairs.get(first + ' ' + second);
        if (together == null) {
            return false;
        }
        return together >= share * frequency.getOrDefault(first, 1) || together >= share * frequency.getOrDefault(second, 1);
    }

    boolean knows(String word) {
        return frequency.containsKey(word);
    }

    /** The words with unknown ones mended where a fitting known word is near; others are left as they are. */
    List<String> mend(List<String> words) {
        List<String> out = new java.util.ArrayList<>(words.size() + 2);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (knows(word) || word.length() < 4 || isNumber(word)) {
                out.add(word);
                continue;
            }
            String previous = out.isEmpty() ? null : out.getLast();
            String next = i + 1 < words.size() ? words.get(i + 1) : null;
            String best = nearest(word, previous, next);
            if (best != null) {
                out.add(best);
                continue;
            }
            List<String> split = split(word);
            out.addAll(split == null ? List.of(word) : split);
        }
        return out;
    }

    private String nearest(String word, String previous, String next) {
        Set<String> candidates = new HashSet<>();
        collect(word, candidates);
        for (int i = 0; i < word.length(); i++) {
            collect(word.substring(0, i) + word.substring(i + 1), candidates);
        }
        String best = null;
        double bestScore = 0;
        for (String candidate : candidates) {
            if (!withinOneEdit(word, candidate)) {
                continue;
            }
            double score = Math.log(1 + frequency.get(candidate));
            if (previous != null && pairs.containsKey(previous + ' ' + candidate)) {
                score += 10;
            }
            if (next != null && pairs.containsKey(candidate + ' ' + next)) {
                score += 10;
            }
            if (best == null || score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private void collect(String key, Set<String> into) {
        List<String> words = byDeletion.get(key);
        if (words != null) {
            into.addAll(words);
        }
    }

    /** Two known words written without the space between them. */
    private List<String> split(String word) {
        for (int i = 2; i <= word.length() - 2; i++) {
            String left = word.substring(0, i);
            String right = word.substring(i);
            if (knows(left) && knows(right) && pairs.containsKey(left + ' ' + right)) {
                return List.of(left, right);
            }
        }
        return null;
    }

    /** Damerau–Levenshtein distance at most 1 (one insertion, deletion, substitution or adjacent swap). */
    static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    private static boolean isNumber(String word) {
        return word.chars().allMatch(Character::isDigit);
    }
}
