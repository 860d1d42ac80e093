package vn.opendvc.catalog.web;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.opendvc.catalog.CheckRule;
import vn.opendvc.web.Message;

/**
 * The ADMIN's form for one new pre-submission rule, as typed (blank parameters are absent ones); whether the fields and
 * documents exist in the procedure is the catalog's check, not the form's.
 */
class CheckRuleForm {

    private String kind;
    private String field;
    private String other;
    private String whenField;
    private String whenEquals;
    private String min;
    private String max;
    private String document;

    /** What the form itself can tell is wrong: no kind, an age bound that is not a whole number of years. */
    Map<String, Message> errors() {
        Map<String, Message> errors = new LinkedHashMap<>();
        if (kind() == null) {
            errors.put("kind", Message.of("catalog.check.form.kind"));
        }
        if (min != null && !min.isBlank() && years(min) == null) {
            errors.put("min", Message.of("catalog.check.form.years"));
        }
        if (max != null && !max.isBlank() && years(max) == null) {
            errors.put("max", Message.of("catalog.check.form.years"));
        }
        return errors;
    }

    CheckRule toRule() {
        return new CheckRule(kind(), blankless(field), blankless(other), blankless(whenField), blankless(whenEquals),
                years(min), years(max), blankless(document));
    }

    /** The rule in words, with the procedure's field labels where it names a field. */
    static Message describe(CheckRule rule, Map<String, String> labels) {
        String variant = switch (rule.kind()) {
            case REQUIRED_IF, DOCUMENT_IF, ID_MATCHES_BIRTH -> rule.whenEquals() == null ? "" : ".equals";
            case AGE -> rule.min() == null ? ".max" : rule.max() == null ? ".min" : ".range";
            default -> "";
        };
        return Message.of("catalog.check.describe." + rule.kind() + variant, label(rule.field(), labels),
                label(rule.other(), labels), label(rule.whenField(), labels),
                rule.whenEquals() == null ? "" : rule.whenEquals(), rule.min() == null ? "" : rule.min(),
                rule.max() == null ? "" : rule.max(), rule.document() == null ? "" : rule.document());
    }

    private static String label(String key, Map<String, String> labels) {
        return key == null ? "" : labels.getOrDefault(key, key); // "today" and a field since removed: as written
    }

    private CheckRule.Kind kind() {
        try {
            return kind == null || kind.isBlank() ? null : CheckRule.Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer years(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int years = Integer.parseInt(value.strip());
            return years >= 0 && years <= 150 ? years : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getField() { return field; }
    public void setField(String field) { this.field = field; }
    public String getOther() { return other; }
    public void setOther(String other) { this.other = other; }
    public String getWhenField() { return whenField; }
    public void setWhenField(String whenField) { this.whenField = whenField; }
    public String getWhenEquals() { return whenEquals; }
    public void setWhenEquals(String whenEquals) { this.whenEquals = whenEquals; }
    public String getMin() { return min; }
    public void setMin(String min) { this.min = min; }
    public String getMax() { return max; }
    public void setMax(String max) { this.max = max; }
    public String getDocument() { return document; }
    public void setDocument(String document) { this.document = document; }
}
