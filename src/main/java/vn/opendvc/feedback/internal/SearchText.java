package vn.opendvc.feedback.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Text as the public search compares it: lower case, without accents, đ as d, spaces collapsed. */
public final class SearchText {

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String unmarked = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return unmarked.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    private SearchText() {
    }
}
