package vn.opendvc.notification.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.notification.internal.NotificationChannel;
import vn.opendvc.notification.internal.NotificationKind;
import vn.opendvc.notification.internal.Preferences;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;

/** How the signed-in account wants to be told: channels per kind of message, language, digest hour. */
@RestController
@RequestMapping("/api/v1/me/notification-preferences")
@Tag(name = "Thông báo / Notifications")
class PreferencesApi {

    private final Preferences preferences;

    PreferencesApi(Preferences preferences) {
        this.preferences = preferences;
    }

    /**
     * @param kinds      channels (EMAIL, SMS, IN_APP) per kind of message; security kinds cannot be changed
     * @param language   {@code vi} or {@code en}
     * @param digestHour 0–23, the hour of an officer's daily digest
     */
    record PreferencesJson(Map<String, List<String>> kinds, List<String> security, String language,
            Integer digestHour) {
    }

    @GetMapping
    @Operation(summary = "Cách nhận thông báo của tôi / my notification preferences")
    PreferencesJson get(CurrentUser user) {
        return json(user);
    }

    @PutMapping
    @Operation(summary = "Đổi cách nhận thông báo / change my notification preferences")
    PreferencesJson put(@RequestBody PreferencesJson body, CurrentUser user) {
        Preferences.Setting current = preferences.setting(user.accountId());
        String language = body.language() == null ? current.language() : body.language();
        int hour = body.digestHour() == null ? current.digestHour() : body.digestHour();
        Map<String, Message> errors = new LinkedHashMap<>();
        if (!language.equals("vi") && !language.equals("en")) {
            errors.put("language", Message.of("notification.problem.language"));
        }
        if (hour < 0 || hour > 23) {
            errors.put("digestHour", Message.of("notification.problem.hour"));
        }
        Map<NotificationKind, Set<NotificationChannel>> chosen = new EnumMap<>(NotificationKind.class);
        if (body.kinds() != null) {
            body.kinds().forEach((name, channels) -> parse(name, channels, chosen, errors));
        }
        if (!errors.isEmpty()) {
            throw Problems.badRequest(Message.of("notification.problem.preferences"), errors);
        }
        preferences.save(user.accountId(), chosen, new Preferences.Setting(language, hour));
        return json(user);
    }

    private static void parse(String name, List<String> channels, Map<NotificationKind, Set<NotificationChannel>> chosen,
            Map<String, Message> errors) {
        NotificationKind kind;
        try {
            kind = NotificationKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            errors.put("kinds." + name, Message.of("notification.problem.kind"));
            return;
        }
        Set<NotificationChannel> set = EnumSet.noneOf(NotificationChannel.class);
        for (String channel : channels == null ? List.<String>of() : channels) {
            try {
                set.add(NotificationChannel.valueOf(String.valueOf(channel)));
            } catch (IllegalArgumentException e) {
                errors.put("kinds." + name, Message.of("notification.problem.channel"));
                return;
            }
        }
        if (!kind.isSecurity()) {
            chosen.put(kind, set);
        }
    }

    private PreferencesJson json(CurrentUser user) {
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        List<String> security = new ArrayList<>();
        preferences.all(user.accountId()).forEach((kind, channels) -> {
            kinds.put(kind.name(), channels.stream().sorted().map(Enum::name).toList());
            if (kind.isSecurity()) {
                security.add(kind.name());
            }
        });
        Preferences.Setting setting = preferences.setting(user.accountId());
        return new PreferencesJson(kinds, security, setting.language(), user.isOfficer() ? setting.digestHour() : null);
    }
}
