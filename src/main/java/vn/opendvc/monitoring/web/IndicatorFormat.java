package vn.opendvc.monitoring.web;

import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.monitoring.Band;
import vn.opendvc.web.Message;
import vn.opendvc.web.Translations;

/**
 * How the indicator pages write figures, in the language of the page ({@code 72,5%} in Vietnamese, {@code 72.5%} in
 * English), and the names of bands, outcomes and channels. Used from the templates as {@code @indicatorFormat}; the
 * names and formulas a scorecard carries are messages, shown with {@code @translations.text(...)}.
 */
@Component("indicatorFormat")
public class IndicatorFormat {

    private final Translations translations;
    private final vn.opendvc.calendar.WorkingCalendar calendar;

    IndicatorFormat(Translations translations, vn.opendvc.calendar.WorkingCalendar calendar) {
        this.translations = translations;
        this.calendar = calendar;
    }

    /** The share of the feedback answered by its deadline, from a scorecard's totals. */
    public String feedbackOnTime(java.util.Map<String, Long> totals) {
        long answered = totals.getOrDefault("feedback_answered", 0L);
        return percent(answered == 0 ? null : totals.getOrDefault("feedback_answered_on_time", 0L) / (double) answered);
    }

    /** The average time from submission to answer, in working days with one decimal, or a dash. */
    public String feedbackAnswerDays(java.util.Map<String, Long> totals) {
        long answered = totals.getOrDefault("feedback_answered", 0L);
        if (answered == 0) {
            return "–";
        }
        double days = totals.getOrDefault("feedback_answer_minutes", 0L) / (double) answered
                / calendar.workingDayLength().toMinutes();
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return format.format(days);
    }

    /** A rate as a percentage with one decimal, or a dash when nothing was counted. */
    public String percent(Double rate) {
        if (rate == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(0);
        return format.format(rate * 100) + "%";
    }

    /** Points with at most two decimals, or a dash when the indicator does not apply. */
    public String points(Double points) {
        if (points == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(2);
        return format.format(points);
    }

    /** A rate as a CSS length ({@code 72.5%}), clamped to 0–100%. */
    public String width(Double rate) {
        double value = rate == null ? 0 : Math.max(0, Math.min(1, rate)) * 100;
        return String.format(Locale.ROOT, "%.1f%%", value);
    }

    public String count(long count) {
        return NumberFormat.getIntegerInstance(locale()).format(count);
    }

    /** The band's name in the page's language, or "not rated" when there is no total score. */
    public String band(Band band) {
        return translations.text(band == null ? Message.of("monitoring.band.none") : band);
    }

    /** CSS class of a band: {@code band-excellent} … {@code band-weak}, {@code band-none}. */
    public String bandClass(Band band) {
        return "band-" + (band == null ? "none" : band.name().toLowerCase(Locale.ROOT));
    }

    /** The outcome of a finished dossier by its national status code. */
    public String outcome(Integer code) {
        if (code == null) {
            return "";
        }
        try {
            return translations.text(DossierStatus.ofCode(code));
        } catch (IllegalArgumentException e) {
            return String.valueOf(code);
        }
    }

    public String channel(String channel) {
        return channel == null ? "" : translations.text(Message.of("monitoring.channel." + channel));
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
