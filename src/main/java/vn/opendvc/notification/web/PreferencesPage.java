package vn.opendvc.notification.web;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.opendvc.identity.CurrentUser;
import vn.opendvc.notification.internal.NotificationChannel;
import vn.opendvc.notification.internal.NotificationKind;
import vn.opendvc.notification.internal.NotificationKind.Audience;
import vn.opendvc.notification.internal.Preferences;

/**
 * How the signed-in account wants to be told: a checkbox per kind of message and channel (the kinds that concern
 * it; security messages shown as always on), the language of its messages and, for an officer, the digest hour. A
 * forged or wrong form comes back with the message next to its field (HTTP 400) and nothing saved.
 */
@Controller
@RequestMapping(PreferencesPage.PATH)
class PreferencesPage {

    static final String PATH = "/me/notifications/preferences";
    static final String KIND = "kind.";
    static final List<String> LANGUAGES = List.of("vi", "en");

    /** One line of the table: the channels ticked; a security kind's cannot be changed. */
    record Row(NotificationKind kind, Set<NotificationChannel> channels) {

        public boolean security() {
            return kind.isSecurity();
        }
    }

    private final Preferences preferences;
    private final MessageSource messages;

    PreferencesPage(Preferences preferences, MessageSource messages) {
        this.preferences = preferences;
        this.messages = messages;
    }

    @GetMapping
    String form(CurrentUser user, Model model, Locale locale) {
        Map<NotificationKind, Set<NotificationChannel>> all = preferences.all(user.accountId());
        Preferences.Setting setting = preferences.setting(user.accountId());
        return page(user, all, setting.language(), String.valueOf(setting.digestHour()), Map.of(), model,
                locale);
    }

    @PostMapping
    String save(@RequestParam MultiValueMap<String, String> form, CurrentUser user, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<NotificationKind, Set<NotificationChannel>> chosen = new EnumMap<>(NotificationKind.class);
        List<NotificationKind> kinds = kinds(user);
        kinds.stream().filter(kind -> !kind.isSecurity())
                .forEach(kind -> chosen.put(kind, EnumSet.noneOf(NotificationChannel.class)));
        form.forEach((name, values) -> {
            if (!name.startsWith(KIND)) {
                return;
            }
            NotificationKind kind = kinds.stream().filter(k -> k.name().equals(name.substring(KIND.length())))
                    .findFirst().orElse(null);
            if (kind == null) {
                errors.put("kinds", text("notification.web.preferences.error.kind", locale));
            } else if (!kind.isSecurity()) {
                for (String value : values) {
                    channel(value).ifPresentOrElse(chosen.get(kind)::add, () -> errors.put(KIND + kind.name(),
                            text("notification.web.preferences.error.channel", locale)));
                }
            }
        });
        String language = form.getFirst("language");
        if (!LANGUAGES.contains(language)) {
            errors.put("language", text("notification.web.preferences.error.language", locale));
        }
        Preferences.Setting current = preferences.setting(user.accountId());
        String hour = user.isOfficer() ? form.getFirst("digestHour") : String.valueOf(current.digestHour());
        if (!hours().contains(hour)) {
            errors.put("digestHour", text("notification.web.preferences.error.hour", locale));
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<NotificationKind, Set<NotificationChannel>> shown = preferences.all(user.accountId());
            shown.putAll(chosen);
            return page(user, shown, language, hour, errors, model, locale);
        }
        preferences.save(user.accountId(), chosen, new Preferences.Setting(language, Integer.parseInt(hour)));
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + PATH;
    }

    private String page(CurrentUser user, Map<NotificationKind, Set<NotificationChannel>> channels, String language,
            String digestHour, Map<String, String> errors, Model model, Locale locale) {
        model.addAttribute("rows", kinds(user).stream().map(kind -> new Row(kind, channels.get(kind))).toList());
        model.addAttribute("channels", List.of(NotificationChannel.values()));
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute("languageNames",
                LANGUAGES.stream().map(l -> text("notification.web.preferences.language." + l, locale)).toList());
        model.addAttribute("language", language);
        model.addAttribute("officer", user.isOfficer());
        model.addAttribute("hours", hours());
        model.addAttribute("hourTexts", hours().stream().map(h -> (h.length() == 1 ? "0" + h : h) + ":00").toList());
        model.addAttribute("digestHour", digestHour);
        model.addAttribute("errors", errors);
        return "notification/preferences";
    }

    /**
     * The kinds that may reach this account: an applicant's messages and the security messages about a citizen's
     * identity for citizens and businesses; an officer's messages, the digest, password and one-time codes for
     * officers.
     */
    static List<NotificationKind> kinds(CurrentUser user) {
        Set<NotificationKind> everyone = EnumSet.of(NotificationKind.PASSWORD_CHANGED, NotificationKind.ONE_TIME_CODE);
        Set<Audience> audiences = user.isOfficer()
                ? EnumSet.of(Audience.OFFICER, Audience.OFFICER_DIGEST, Audience.FEEDBACK_OFFICER)
                : EnumSet.of(Audience.APPLICANT, Audience.SECURITY, Audience.FEEDBACK_AUTHOR);
        return Arrays.stream(NotificationKind.values())
                .filter(kind -> audiences.contains(kind.audience()) || everyone.contains(kind)).toList();
    }

    private static Optional<NotificationChannel> channel(String value) {
        return Arrays.stream(NotificationChannel.values()).filter(c -> c.name().equals(value)).findFirst();
    }

    private static List<String> hours() {
        return IntStream.range(0, 24).mapToObj(String::valueOf).toList();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
