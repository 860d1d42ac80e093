package vn.opendvc.monitoring.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * The texts of the open data, which carry Vietnamese and English at once whatever the request's language: read from
 * the monitoring bundles in both languages, as {@code @language}-tagged JSON-LD literals (the DCAT-AP catalogue) or as
 * one line {@code "tiếng Việt / English"} (the JSON rows).
 */
record OpenDataTexts(MessageSource messages) {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final Locale ENGLISH = Locale.ENGLISH;

    /** The text in Vietnamese, then in English, each tagged with its language. */
    List<Map<String, String>> tagged(String code) {
        return List.of(tagged(VIETNAMESE, code), tagged(ENGLISH, code));
    }

    Map<String, String> tagged(Locale locale, String code) {
        return Map.of("@value", text(locale, code), "@language", locale.getLanguage());
    }

    /** The text in Vietnamese, a slash, then in English. */
    String slashed(String code) {
        return text(VIETNAMESE, code) + " / " + text(ENGLISH, code);
    }

    private String text(Locale locale, String code) {
        return messages.getMessage(code, null, locale);
    }
}
