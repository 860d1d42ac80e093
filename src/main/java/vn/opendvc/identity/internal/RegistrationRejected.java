package vn.opendvc.identity.internal;

import java.util.List;

/** A registration that was refused, with every reason; nothing was saved. */
public class RegistrationRejected extends RuntimeException {

    private final List<Violation> violations;

    public RegistrationRejected(List<Violation> violations) {
        super("registration rejected: " + violations.stream().map(Violation::code).toList());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /**
     * One reason.
     *
     * @param field the form field it concerns
     * @param code  message key in {@code i18n/identity}
     */
    public record Violation(String field, String code) {
    }
}
