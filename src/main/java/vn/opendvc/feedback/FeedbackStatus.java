package vn.opendvc.feedback;

import org.springframework.context.MessageSourceResolvable;

/** Where a feedback stands; its name is in the bundles ({@code feedback.statuses.<NAME>}). */
public enum FeedbackStatus implements MessageSourceResolvable {
    /** Received by an agency, waiting to be accepted or transferred (5 working days). */
    RECEIVED,
    /** Accepted by the competent agency: the answer time runs; a leader assigns an officer. */
    ACCEPTED,
    /** An officer prepares the answer. */
    ASSIGNED,
    /** The officer's draft waits for the leader's approval. */
    DRAFTED,
    /** Answered: the author may publish it, rate it, reopen it once. */
    ANSWERED,
    /** A duplicate merged into another feedback: it gets that one's answer. */
    MERGED;

    /** Open311: {@code closed} once answered (or merged), {@code open} otherwise. */
    public boolean closed() {
        return this == ANSWERED;
    }

    @Override
    public String[] getCodes() {
        return new String[] {"feedback.statuses." + name()};
    }
}
