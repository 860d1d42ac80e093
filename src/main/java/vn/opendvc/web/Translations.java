package vn.opendvc.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Translates {@link Message}s with the application's message bundles into the language of the current request: the
 * one place Java code turns a message key into text. A page controller rarely needs it: the messages it puts in its
 * model are translated before the view renders. Code that runs before Spring MVC (security filters) passes the request
 * so its language is resolved the same way.
 */
@Component
public class Translations {

    private final MessageSource messages;
    private final LocaleResolver locales;

    Translations(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    /** In the language of the request being handled by Spring MVC. */
    public String text(MessageSourceResolvable message) {
        return text(messages, message, LocaleContextHolder.getLocale());
    }

    /** In the language of {@code request}, for code outside Spring MVC such as a security filter's error handler. */
    public String text(MessageSourceResolvable message, HttpServletRequest request) {
        return text(messages, message, locales.resolveLocale(request));
    }

    /** Field errors in the language of the request being handled, in their order. */
    public Map<String, String> texts(Map<String, ? extends MessageSourceResolvable> fieldErrors) {
        Map<String, String> texts = new LinkedHashMap<>();
        fieldErrors.forEach((field, message) -> texts.put(field, text(message)));
        return texts;
    }

    /** A problem's body with its title, detail and field errors in the language of the request being handled. */
    public ProblemDetail problem(ErrorResponse problem) {
        return problem.updateAndGetBody(messages, LocaleContextHolder.getLocale());
    }

    /** A problem's body in the language of {@code request}, for code outside Spring MVC. */
    public ProblemDetail problem(ErrorResponse problem, HttpServletRequest request) {
        return problem.updateAndGetBody(messages, locales.resolveLocale(request));
    }

    /** A key missing from the bundles shows as itself rather than failing the page or the error response. */
    static String text(MessageSource messages, MessageSourceResolvable message, Locale locale) {
        try {
            return messages.getMessage(message, locale);
        } catch (NoSuchMessageException missing) {
            return message.getCodes() == null ? String.valueOf(message.getDefaultMessage())
                    : message.getCodes()[0];
        }
    }
}
