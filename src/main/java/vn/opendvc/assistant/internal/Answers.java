package vn.opendvc.assistant.internal;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.opendvc.catalog.OnlineLevel;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.dossier.Dossier;

/**
 * Answer texts, each built only from the catalog record (or the citizen's own dossiers): where the record does not
 * say (no fee, no legal time, no list of documents), the answer says so and points to the procedure's page and the
 * hotline; nothing is made up.
 */
@Component
class Answers {

    private final MessageSource messages;

    Answers(MessageSource messages) {
        this.messages = messages;
    }

    String about(Procedure p, Intent intent, String url, String hotline, Locale locale) {
        return switch (intent) {
            case PROCEDURE, STATUS -> procedure(p, url, locale);
            case DOCUMENTS -> documents(p, url, hotline, locale);
            case FEE -> fee(p, url, hotline, locale);
            case TIME -> p.processingDays() == null ? unknown("time", p, url, hotline, locale)
                    : text("assistant.answer.time", locale, p.name(), days(p.processingDays(), locale), url);
            case WHERE -> where(p, url, hotline, locale);
            case PAYMENT -> payment(p, url, hotline, locale);
            case SUBMIT -> p.configured() ? text("assistant.answer.submit", locale, p.name())
                    : text("assistant.answer.submit.not-online", locale, p.name(), url);
        };
    }

    private String procedure(Procedure p, String url, Locale locale) {
        String code = p.code() == null ? "" : " (" + p.code() + ")";
        String agency = p.agencyName() == null ? "" : text("assistant.answer.procedure.agency", locale, p.agencyName());
        return text("assistant.answer.procedure", locale, p.name(), code, agency, url);
    }

    private String documents(Procedure p, String url, String hotline, Locale locale) {
        if (p.documents().isEmpty()) {
            return unknown("documents", p, url, hotline, locale);
        }
        List<String> lines = new ArrayList<>();
        int n = 1;
        for (Procedure.RequiredDocument d : p.documents()) {
            lines.add(n++ + ". " + d.name() + (d.required() ? "" : " " + text("assistant.answer.optional", locale)));
        }
        return text("assistant.answer.documents", locale, p.name(), String.join("\n", lines), url);
    }

    private String fee(Procedure p, String url, String hotline, Locale locale) {
        if (p.feeVnd() == null) {
            return unknown("fee", p, url, hotline, locale);
        }
        String note = p.feeNote() == null || p.feeNote().isBlank() ? "" : " " + p.feeNote() + ".";
        return p.feeVnd() == 0 ? text("assistant.answer.fee.free", locale, p.name(), note, url)
                : text("assistant.answer.fee", locale, p.name(), money(p.feeVnd(), locale), note, url);
    }

    private String where(Procedure p, String url, String hotline, Locale locale) {
        if (p.agencyName() == null && p.onlineLevel() == null) {
            return unknown("where", p, url, hotline, locale);
        }
        String agency = p.agencyName() == null ? "" : text("assistant.answer.where.agency", locale, p.agencyName());
        String online = !p.configured() || p.onlineLevel() == null
                ? text("assistant.answer.where.not-online", locale)
                : p.onlineLevel() == OnlineLevel.TOAN_TRINH ? text("assistant.answer.where.full", locale)
                : text("assistant.answer.where.partial", locale);
        return text("assistant.answer.where", locale, p.name(), agency, online, url);
    }

    private String payment(Procedure p, String url, String hotline, Locale locale) {
        if (p.feeVnd() == null) {
            return unknown("fee", p, url, hotline, locale);
        }
        return p.feeVnd() == 0 ? text("assistant.answer.payment.free", locale, p.name(), url)
                : text("assistant.answer.payment", locale, p.name(), money(p.feeVnd(), locale), url);
    }

    private String unknown(String what, Procedure p, String url, String hotline, Locale locale) {
        return text("assistant.answer.unknown." + what, locale, p.name(), url, hotline);
    }

    String dontKnow(String searchUrl, String hotline, Locale locale) {
        return text("assistant.answer.dont-know", locale, searchUrl, hotline);
    }

    String clarify(Locale locale) {
        return text("assistant.clarify", locale);
    }

    String signInForStatus(String lookupUrl, Locale locale) {
        return text("assistant.answer.status.sign-in", locale, lookupUrl);
    }

    String status(List<Dossier> dossiers, String listUrl, Locale locale) {
        if (dossiers.isEmpty()) {
            return text("assistant.answer.status.none", locale, listUrl);
        }
        List<String> lines = new ArrayList<>();
        for (Dossier d : dossiers.stream().limit(5).toList()) {
            String code = d.code() == null ? text("assistant.answer.status.draft", locale) : d.code();
            lines.add("• " + code + " – " + d.procedureName() + ": " + messages.getMessage(d.status(), locale));
        }
        return text("assistant.answer.status", locale, String.join("\n", lines), listUrl);
    }

    private static String money(long vnd, Locale locale) {
        return NumberFormat.getIntegerInstance(Locale.of("vi")).format(vnd);
    }

    private static String days(double days, Locale locale) {
        return days == Math.rint(days) ? String.valueOf((long) days) : String.valueOf(days).replace('.', ',');
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
