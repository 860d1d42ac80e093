package vn.opendvc.notification.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The wording of every message in Vietnamese and English. The shipped templates live in
 * {@code classpath:notification/templates/<language>/<kind>.txt}; an administrator edits copies of them in the folder
 * {@code opendvc.notification.templates-dir} ({@code OPENDVC_NOTIFICATION_TEMPLATES}), which win. Every template is
 * read and checked when the application starts: a missing line or an unknown placeholder stops the start, naming the
 * file, instead of sending a broken message later.
 */
@Component
class Templates {

    static final List<String> LANGUAGES = List.of("vi", "en");
    private static final Logger log = LoggerFactory.getLogger(Templates.class);

    private final Map<String, Map<NotificationKind, Template>> byLanguage = new java.util.HashMap<>();

    Templates(@Value("${opendvc.notification.templates-dir:}") String folder) {
        Path overrides = folder == null || folder.isBlank() ? null : Path.of(folder.strip());
        List<String> problems = new ArrayList<>();
        int overridden = 0;
        for (String language : LANGUAGES) {
            Map<NotificationKind, Template> templates = new EnumMap<>(NotificationKind.class);
            for (NotificationKind kind : NotificationKind.values()) {
                String name = language + "/" + kind.slug() + ".txt";
                Path file = overrides == null ? null : overrides.resolve(name);
                boolean override = file != null && Files.isRegularFile(file);
                overridden += override ? 1 : 0;
                String where = override ? file.toString() : "classpath:notification/templates/" + name;
                String text = override ? read(file) : read("notification/templates/" + name);
                if (text == null) {
                    problems.add(where + ": missing");
                    continue;
                }
                List<String> own = new ArrayList<>();
                Template template = Template.parse(text, own);
                Template.unknown(template.placeholders(), kind.placeholders())
                        .forEach(p -> own.add("unknown placeholder {" + p + "}; allowed: " + kind.placeholders()));
                own.forEach(p -> problems.add(where + ": " + p));
                templates.put(kind, template);
            }
            byLanguage.put(language, templates);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Notification templates are not usable:\n  " + String.join("\n  ", problems));
        }
        if (overridden > 0) {
            log.info("{} notification templates taken from {}", overridden, overrides);
        }
    }

    /** The message in {@code language} ({@code vi} unless it is {@code en}) with the values filled in. */
    Template render(NotificationKind kind, String language, Map<String, String> values) {
        String lang = "en".equals(language) ? "en" : "vi";
        return byLanguage.get(lang).get(kind).fill(values);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static String read(String resource) {
        ClassPathResource r = new ClassPathResource(resource);
        if (!r.exists()) {
            return null;
        }
        try (InputStream in = r.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
