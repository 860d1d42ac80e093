package vn.opendvc.workflow;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A list of processing steps that breaks the rules of {@link ProcessingSteps#replace}; lists every problem at once,
 * in Vietnamese. Nothing was saved.
 */
public class InvalidSteps extends RuntimeException {

    private final List<Violation> violations;

    public InvalidSteps(List<Violation> violations) {
        super(violations.stream().map(Violation::message).collect(Collectors.joining(" ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /**
     * One broken rule.
     *
     * @param row       0-based index of the offending step in the submitted list, {@code null} for the list as a whole
     * @param field     {@code name}, {@code role} or {@code share}; {@code null} when the rule is about the whole list
     *                  or a missing step
     * @param code      stable code of the rule, e.g. {@code sumNot100} (message key {@code workflow.error.<code>})
     * @param arguments the message arguments (step number, length, sum…), in the order of the Vietnamese message
     * @param message   the problem in Vietnamese
     */
    public record Violation(Integer row, String field, String code, List<Object> arguments, String message) {

        public Violation {
            arguments = List.copyOf(arguments);
        }
    }
}
