package vn.opendvc.web;

/**
 * Bad input found by a rule below the web layer (a value type, a calendar, a period), saying what was wrong as a
 * {@link Message} for the user. It stays an {@link IllegalArgumentException}, so callers that catch those keep
 * working; the web layer shows {@link #reasonOf} (e.g. {@code throw Problems.badRequest(InvalidInput.reasonOf(e))}).
 *
 * <pre>{@code
 * throw new InvalidInput(Message.of("calendar.invalid.working-days.range", MAX_DAYS));
 * }</pre>
 */
public class InvalidInput extends IllegalArgumentException {

    private final Message reason;

    public InvalidInput(Message reason) {
        super(reason.toString()); // the key and arguments: no language is known here
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }

    /** What to tell the user about any bad argument: its reason, or that the input is invalid when it has none. */
    public static Message reasonOf(IllegalArgumentException e) {
        return e instanceof InvalidInput invalid ? invalid.reason : Message.of("problem.invalid-value");
    }
}
