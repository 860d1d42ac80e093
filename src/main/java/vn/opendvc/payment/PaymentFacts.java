package vn.opendvc.payment;

import java.util.Collection;
import java.util.Set;

/**
 * A read of payment facts over many references at once, for modules that keep their own figures (the indicators
 * count the fees paid online).
 */
public interface PaymentFacts {

    /** Most references one call may ask about. */
    int MAX_REFERENCES = 10_000;

    /**
     * Which of the references were paid online: they have a payment that succeeded, even if it was refunded later
     * (the fee was paid through the portal; the refund does not undo that).
     *
     * @param references at most {@link #MAX_REFERENCES}
     */
    Set<Long> paidOnline(Collection<Long> references);
}
