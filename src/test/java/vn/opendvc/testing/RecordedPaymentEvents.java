package vn.opendvc.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.opendvc.payment.PaymentExpired;
import vn.opendvc.payment.PaymentFailed;
import vn.opendvc.payment.PaymentRefundDue;
import vn.opendvc.payment.PaymentRefunded;
import vn.opendvc.payment.PaymentSucceeded;

/**
 * The payment events committed during the tests, as a listener in another module would receive them; a bean of
 * every {@link ServerTest} context.
 */
@TestComponent
public class RecordedPaymentEvents {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void on(PaymentSucceeded event) {
        events.add(event);
    }

    @TransactionalEventListener
    void on(PaymentFailed event) {
        events.add(event);
    }

    @TransactionalEventListener
    void on(PaymentExpired event) {
        events.add(event);
    }

    @TransactionalEventListener
    void on(PaymentRefundDue event) {
        events.add(event);
    }

    @TransactionalEventListener
    void on(PaymentRefunded event) {
        events.add(event);
    }

    /** Events of one payment, in order. */
    public List<Object> of(long paymentId) {
        return events.stream().filter(e -> switch (e) {
            case PaymentSucceeded s -> s.paymentId() == paymentId;
            case PaymentFailed f -> f.paymentId() == paymentId;
            case PaymentExpired x -> x.paymentId() == paymentId;
            case PaymentRefundDue d -> d.paymentId() == paymentId;
            case PaymentRefunded r -> r.paymentId() == paymentId;
            default -> false;
        }).toList();
    }
}
