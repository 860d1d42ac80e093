package vn.opendvc.assistant.internal;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code opendvc.assistant.*}.
 *
 * @param hotline        the hotline offered when the assistant does not know (default: the national portal's)
 * @param hotlines       an agency's own hotline by agency code (the widget's {@code data-agency})
 * @param widgetOrigins  the sites allowed to embed the widget and call the assistant from the browser
 *                       (e.g. {@code https://dichvucong.danang.gov.vn}, or {@code http://127.0.0.1:*} for any port);
 *                       none by default
 */
@ConfigurationProperties("opendvc.assistant")
public record AssistantProperties(String hotline, Map<String, String> hotlines, List<String> widgetOrigins) {

    public AssistantProperties {
        hotline = hotline == null || hotline.isBlank() ? "18001096" : hotline.strip();
        hotlines = hotlines == null ? Map.of() : Map.copyOf(hotlines);
        widgetOrigins = widgetOrigins == null ? List.of()
                : widgetOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
    }

    String hotlineOf(String agency) {
        return agency == null ? hotline : hotlines.getOrDefault(agency, hotline);
    }

    /** An origin listed, or matching a listed {@code scheme://host:*} (any port of that host). */
    public boolean allowsOrigin(String origin) {
        if (origin == null) {
            return false;
        }
        for (String allowed : widgetOrigins) {
            if (allowed.equals(origin) || (allowed.endsWith(":*")
                    && origin.startsWith(allowed.substring(0, allowed.length() - 1))
                    && origin.substring(allowed.length() - 1).matches("\\d{1,5}"))) {
                return true;
            }
        }
        return false;
    }
}
