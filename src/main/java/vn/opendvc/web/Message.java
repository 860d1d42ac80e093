package vn.opendvc.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

import org.springframework.context.MessageSourceResolvable;

/**
 * A text a user reads, named by its key in the message bundles ({@code src/main/resources/i18n/<module>.properties},
 * Vietnamese, and {@code <module>_en.properties}, English) and filled with arguments, translated only when it is shown:
 * an API problem in the request's language ({@code Accept-Language}, or {@code ?lang=}), a page in the language the
 * user chose. It is the one way Java code hands a user a sentence; no "Vietnamese / English" strings glued together.
 *
 * <pre>{@code
 * // dossier.properties:     dossier.form.invalid=Hồ sơ thiếu {0} trường bắt buộc
 * // dossier_en.properties:  dossier.form.invalid={0} required fields are missing
 * throw Problems.badRequest(Message.of("dossier.form.invalid", missing.size()),
 *         Map.of("fullName", Message.of("dossier.field.required")));
 *
 * // a page controller puts messages in its model as they are (alone, or as a map's values or a list's items):
 * // they are translated into the page's language just before the view renders
 * model.addAttribute("error", problem.detailMessage());
 * model.addAttribute("fieldErrors", problem.fieldErrors());
 * redirect.addFlashAttribute("notice", Message.of("calendar.admin.saved"));
 *
 * // elsewhere, Translations (a bean) gives the text in the current request's language
 * String text = translations.text(Message.of("payment.receipt"));
 * }</pre>
 *
 * Arguments are shown as {@link String#valueOf} gives them (a number is not regrouped per language: format amounts and
 * dates before passing them), except an argument that is itself a {@link MessageSourceResolvable} such as another
 * {@code Message}, which is translated in the same language. In a text with arguments a single quote is written twice
 * ({@code ''{0}''}), as {@link java.text.MessageFormat} wants; a text without arguments is taken as it is.
 */
public final class Message implements MessageSourceResolvable, Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final Object[] arguments;

    private Message(String code, Object[] arguments) {
        this.code = Objects.requireNonNull(code, "code");
        this.arguments = arguments;
    }

    public static Message of(String code, Object... arguments) {
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            shown[i] = argument instanceof MessageSourceResolvable ? argument : String.valueOf(argument);
        }
        return new Message(code, shown);
    }

    public String code() {
        return code;
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    /** None: a key missing from the bundles is a mistake that must show, not a silent fallback text. */
    @Override
    public String getDefaultMessage() {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Message message && code.equals(message.code)
                && Arrays.equals(arguments, message.arguments);
    }

    @Override
    public int hashCode() {
        return 31 * code.hashCode() + Arrays.hashCode(arguments);
    }

    @Override
    public String toString() {
        return arguments.length == 0 ? code : code + Arrays.toString(arguments);
    }
}
