package vn.opendvc.dossier.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.opendvc.catalog.CheckRule;
import vn.opendvc.dossier.CheckFinding;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.web.Message;

/**
 * Runs a procedure's declarative pre-submission rules ({@link CheckRule}) over a form that passed the field checks
 * (dates in ISO form), the documents attached and whether the applicant has another open dossier of the procedure.
 * Pure: the same facts give the same findings, wherever they are asked for (the page, the check API, submission).
 * A rule whose fields are empty or unreadable finds nothing: the field checks speak about those.
 */
final class PreSubmissionRules {

    /** The facts a check needs besides the rules. */
    record Facts(Procedure procedure, Map<String, String> form, Collection<String> documents, LocalDate today,
            boolean otherOpenDossier) {
    }

    private PreSubmissionRules() {
    }

    static List<CheckFinding> check(List<CheckRule> rules, Facts facts) {
        List<CheckFinding> findings = new ArrayList<>();
        for (CheckRule rule : rules) {
            check(rule, facts).ifPresent(findings::add);
        }
        return findings;
    }

    private static Optional<CheckFinding> check(CheckRule rule, Facts f) {
        return switch (rule.kind()) {
            case REQUIRED_IF -> when(rule, f) && blank(f.form().get(rule.field()))
                    ? finding(rule, rule.field(), label(f, rule.field()), label(f, rule.whenField()))
                    : Optional.empty();
            case DATE_ORDER -> dateOrder(rule, f);
            case AGE -> date(f, rule.field()).flatMap(birth -> {
                int age = Period.between(birth, f.today()).getYears();
                boolean tooYoung = rule.min() != null && age < rule.min();
                boolean tooOld = rule.max() != null && age > rule.max();
                return tooYoung || tooOld ? finding(rule, rule.field(), label(f, rule.field()),
                        rule.min() == null ? 0 : rule.min(), rule.max() == null ? "—" : rule.max()) : Optional.empty();
            });
            case DOCUMENT_IF -> when(rule, f) && !f.documents().contains(rule.document())
                    ? finding(rule, "documents", rule.document(), label(f, rule.whenField()))
                    : Optional.empty();
            case ID_MATCHES_BIRTH -> idMatchesBirth(rule, f);
            case NO_OPEN_DOSSIER -> f.otherOpenDossier()
                    ? finding(rule, "procedure", f.procedure().name())
                    : Optional.empty();
        };
    }

    /** The rule's condition: {@code whenField} equals {@code whenEquals}, or is filled when no value is given. */
    private static boolean when(CheckRule rule, Facts f) {
        String value = f.form().get(rule.whenField());
        return blank(rule.whenEquals()) ? !blank(value) : rule.whenEquals().equals(value == null ? null : value.strip());
    }

    private static Optional<CheckFinding> dateOrder(CheckRule rule, Facts f) {
        Optional<LocalDate> later = "today".equals(rule.field()) ? Optional.of(f.today()) : date(f, rule.field());
        Optional<LocalDate> earlier = "today".equals(rule.other()) ? Optional.of(f.today()) : date(f, rule.other());
        if (later.isEmpty() || earlier.isEmpty() || !earlier.get().isAfter(later.get())) {
            return Optional.empty();
        }
        String at = "today".equals(rule.field()) ? rule.other() : rule.field();
        return finding(rule, at, name(f, rule.other()), name(f, rule.field()));
    }

    /**
     * A 12-digit personal ID: 3 digits of the province, 1 of century and sex (0/1 born in the 1900s man/woman, 2/3
     * in the 2000s, 4/5 in the 2100s…), 2 of the year of birth, 6 of sequence.
     */
    private static Optional<CheckFinding> idMatchesBirth(CheckRule rule, Facts f) {
        String id = f.form().get(rule.field());
        Optional<LocalDate> birth = date(f, rule.other());
        if (id == null || !id.strip().matches("\\d{12}") || birth.isEmpty()) {
            return Optional.empty();
        }
        int year = birth.get().getYear();
        int centuryAndSex = id.strip().charAt(3) - '0';
        int yy = Integer.parseInt(id.strip().substring(4, 6));
        String sex = !blank(rule.whenField()) ? f.form().get(rule.whenField()) : rule.whenEquals();
        boolean yearMatches = yy == year % 100 && centuryAndSex / 2 == year / 100 - 19;
        boolean sexMatches = blank(sex) || ("Nữ".equals(sex.strip()) ? centuryAndSex % 2 == 1 : centuryAndSex % 2 == 0);
        return yearMatches && sexMatches ? Optional.empty()
                : finding(rule, rule.field(), label(f, rule.field()), label(f, rule.other()));
    }

    private static Optional<LocalDate> date(Facts f, String field) {
        String value = f.form().get(field);
        if (blank(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<CheckFinding> finding(CheckRule rule, String field, Object... arguments) {
        return Optional.of(new CheckFinding(field, rule.name(), Message.of("dossier.check." + rule.name(), arguments)));
    }

    /** The field's label on the form (its key if the procedure has no such field). */
    private static String label(Facts f, String key) {
        return f.procedure().formFields().stream().filter(field -> field.key().equals(key)).findFirst()
                .map(Procedure.FormField::label).orElse(key);
    }

    /** A field's label, or "hôm nay"-style word for today, told by the message bundle. */
    private static Object name(Facts f, String key) {
        return "today".equals(key) ? Message.of("dossier.check.today") : label(f, key);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
