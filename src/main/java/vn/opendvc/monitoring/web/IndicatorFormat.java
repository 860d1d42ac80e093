package vn.opendvc.monitoring.web;

import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.monitoring.Band;
import vn.opendvc.monitoring.Scorecard;

/**
 * How the indicator pages write figures, in the language of the page ({@code 72,5%} in Vietnamese, {@code 72.5%} in
 * English), and the English names of what the scorecards name in Vietnamese. Used from the templates as
 * {@code @indicatorFormat}.
 */
@Component("indicatorFormat")
public class IndicatorFormat {

    private final MessageSource messages;

    IndicatorFormat(MessageSource messages) {
        this.messages = messages;
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

    public String band(Band band) {
        if (band == null) {
            return message("monitoring.band.none", "Chưa xếp loại");
        }
        return english() ? band.english() : band.vietnamese();
    }

    /** CSS class of a band: {@code band-excellent} … {@code band-weak}, {@code band-none}. */
    public String bandClass(Band band) {
        return "band-" + (band == null ? "none" : band.name().toLowerCase(Locale.ROOT));
    }

    public String group(Scorecard.Group group) {
        return message("monitoring.group." + group.key(), group.name());
    }

    public String indicator(Scorecard.Indicator indicator) {
        return message("monitoring.indicator." + indicator.key(), indicator.name());
    }

    /** What a part of a figure counts: the numerator, the denominator or a part the indicator names. */
    public String part(String indicatorKey, String part, String numeratorLabel, String denominatorLabel) {
        String vietnamese = switch (part) {
            case "numerator" -> numeratorLabel;
            case "denominator" -> denominatorLabel;
            default -> message("monitoring.part." + part, part);
        };
        if ("numerator".equals(part) || "denominator".equals(part)) {
            return message("monitoring.indicator." + indicatorKey + "." + part, vietnamese);
        }
        return vietnamese;
    }

    public String part(Scorecard.Indicator indicator, String part) {
        return part(indicator.key(), part, indicator.numeratorLabel(), indicator.denominatorLabel());
    }

    /**
     * The formula of an indicator with this period's numbers: the scorecard's own (Vietnamese) text, or the same
     * computation written in English.
     */
    public String formula(Scorecard.Indicator i) {
        if (!english()) {
            return i.formula();
        }
        String head = "min(rate / " + percent(i.threshold()) + ", 1) × " + points(i.maxPoints()) + "; rate = "
                + part(i, "numerator") + " ÷ " + part(i, "denominator");
        if (i.rate() == null) {
            return head + " — nothing counted, the indicator does not apply";
        }
        return head + " = " + i.numerator() + " ÷ " + i.denominator() + " = " + percent(i.rate()) + " → "
                + points(i.points()) + " points";
    }

    /**
     * How the total score was scaled over the indicators that apply, with this period's numbers: the scorecard's
     * own (Vietnamese) text, or the same computation written in English.
     */
    public String scoreFormula(Scorecard card) {
        if (!english()) {
            return card.scoreFormula();
        }
        Scorecard.Scaling scaling = card.scaling();
        String head = "total score = points earned ÷ points of the indicators that apply × 100";
        if (card.score() == null) {
            return head + " — no dossier counted, no total yet";
        }
        double notApplying = Math.round((100 - scaling.applicable()) * 100) / 100.0;
        return head + " = " + points(scaling.earned()) + " ÷ " + points(scaling.applicable()) + " × 100 = "
                + points(card.score()) + (notApplying > 0 ? "; the " + points(notApplying)
                        + " points of the indicators that do not apply are left out" : "");
    }

    /** The outcome of a finished dossier by its national status code. */
    public String outcome(Integer code) {
        if (code == null) {
            return "";
        }
        try {
            return message(DossierStatus.ofCode(code).messageCode(), String.valueOf(code));
        } catch (IllegalArgumentException e) {
            return String.valueOf(code);
        }
    }

    public String channel(String channel) {
        return channel == null ? "" : message("monitoring.channel." + channel, channel);
    }

    public boolean english() {
        return "en".equals(locale().getLanguage());
    }

    private String message(String code, String vietnamese) {
        return messages.getMessage(code, null, vietnamese, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
