package vn.opendvc.notification.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One message's wording in one language, as written in its template file: a {@code subject:} line, an {@code sms:}
 * line (the short text), an empty line, then the body. Values are written as {@code {name}}.
 */
record Template(String subject, String sms, String body) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /** A template as parsed from a file; {@code problems} names what is wrong with it. */
    static Template parse(String text, List<String> problems) {
        String subject = null;
        String sms = null;
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        int i = 0;
        for (; i < lines.length && !lines[i].isBlank(); i++) {
            String line = lines[i];
            if (line.startsWith("subject:")) {
                subject = line.substring("subject:".length()).strip();
            } else if (line.startsWith("sms:")) {
                sms = line.substring("sms:".length()).strip();
            } else {
                problems.add("unknown header line \"" + line + "\" (only subject: and sms: before the empty line)");
            }
        }
        String body = String.join("\n", List.of(lines).subList(Math.min(i + 1, lines.length), lines.length)).strip();
        if (subject == null || subject.isEmpty()) {
            problems.add("no subject: line");
        }
        if (sms == null || sms.isEmpty()) {
            problems.add("no sms: line");
        }
        if (body.isEmpty()) {
            problems.add("no body after the empty line");
        }
        return new Template(subject, sms, body);
    }

    /** The placeholders the template uses. */
    Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        for (String part : new String[] {subject, sms, body}) {
            if (part != null) {
                Matcher m = PLACEHOLDER.matcher(part);
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    /** The template with its placeholders replaced; a value not given is left empty. */
    Template fill(Map<String, String> values) {
        return new Template(fill(subject, values), fill(sms, values), fill(body, values));
    }

    private static String fill(String text, Map<String, String> values) {
        return PLACEHOLDER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
    }

    static List<String> unknown(Set<String> used, Set<String> allowed) {
        List<String> unknown = new ArrayList<>(used);
        unknown.removeAll(allowed);
        return unknown;
    }
}
