package vn.opendvc.notification.internal;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.opendvc.web.PublicUrl;
import vn.opendvc.web.VietnamTime;

/** Writes the values placed in messages in the recipient's language: dates, amounts, fixed phrases. */
@Component
class NoticeValues {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final MessageSource messages;
    private final PublicUrl publicUrl;

    NoticeValues(MessageSource messages, PublicUrl publicUrl) {
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    /** The absolute address of a page of the portal. */
    String link(String path) {
        return publicUrl.base() + path;
    }

    /** A promised date, or the phrase saying it is set at reception. */
    String date(Instant at, String language) {
        return at == null ? text("notification.values.promised-later", language)
                : DATE_TIME.format(at.atZone(zone()));
    }

    String amount(long vnd, String language) {
        Locale locale = "en".equals(language) ? Locale.US : Locale.forLanguageTag("vi-VN");
        return text("notification.values.amount", language, NumberFormat.getIntegerInstance(locale).format(vnd));
    }

    String text(String code, String language, Object... args) {
        return messages.getMessage(code, args, Locale.forLanguageTag(language));
    }

    String text(org.springframework.context.MessageSourceResolvable message, String language) {
        return messages.getMessage(message, Locale.forLanguageTag(language));
    }

    private static ZoneId zone() {
        return VietnamTime.ZONE;
    }
}
