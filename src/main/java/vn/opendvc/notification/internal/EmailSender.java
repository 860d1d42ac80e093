package vn.opendvc.notification.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * E-mail over SMTP with Spring's mail support: a plain-text part (the template's words) and an HTML part (the same
 * words in the portal's e-mail layout, with the link as a button). Created only when an SMTP server is configured.
 */
class EmailSender implements ChannelSender {

    private final JavaMailSender mail;
    private final ITemplateEngine pages;
    private final String from;

    EmailSender(JavaMailSender mail, ITemplateEngine pages, String from) {
        this.mail = mail;
        this.pages = pages;
        this.from = from;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.EMAIL;
    }

    @Override
    public String send(Outgoing message) {
        try {
            MimeMessage mime = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(message.address());
            helper.setSubject(message.title());
            helper.setText(message.body() + "\n\n" + message.link() + "\n", html(message));
            mime.setHeader("Content-Language", message.language());
            mail.send(mime);
            return null;
        } catch (MailParseException | MailPreparationException | MessagingException e) {
            throw new SendFailure("not a valid message or address: " + e.getMessage(), true, e);
        } catch (MailAuthenticationException e) {
            throw new SendFailure("SMTP login refused", false, e);
        } catch (MailException e) {
            throw new SendFailure("SMTP: " + e.getMessage(), false, e);
        }
    }

    private String html(Outgoing message) {
        Locale locale = Locale.forLanguageTag(message.language());
        List<List<String>> paragraphs = Arrays.stream(message.body().split("\\n\\s*\\n"))
                .map(p -> List.of(p.split("\\n"))).toList();
        return pages.process("notification/email", new Context(locale,
                Map.of("title", message.title(), "paragraphs", paragraphs, "link", message.link(),
                        "lang", message.language())));
    }
}
