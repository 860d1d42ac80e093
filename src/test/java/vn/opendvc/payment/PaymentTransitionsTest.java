package vn.opendvc.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.opendvc.payment.PaymentPurpose.DOSSIER_FEE;
import static vn.opendvc.payment.PaymentSource.*;
import static vn.opendvc.payment.PaymentStatus.*;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.opendvc.payment.PaymentTransitions.Context;
import vn.opendvc.payment.PaymentTransitions.Transition;

/** The payment state table on its own, without Spring: reachability, exits, each row's sources and event. */
class PaymentTransitionsTest {

    static final Instant AT = Instant.parse("2026-11-23T02:30:00Z");
    static final Context CONTEXT = new Context(AT, "24");

    /** A payment as the ledger reads it before a move; only the status differs from row to row. */
    static Payment payment(PaymentStatus status) {
        return new Payment(41, "TXN41", DOSSIER_FEE, 7001, 900_001, "DNG-HAICHAU", 7_000, "Nop le phi ho so", "VNPAY", status,
                AT.minusSeconds(600), AT.plusSeconds(300), null, null, null, 2);
    }

    static Object eventOf(PaymentStatus from, PaymentStatus to, PaymentSource source) {
        Transition row = PaymentTransitions.find(from, to, source).orElseThrow(
                () -> new AssertionError("no row " + from + " -> " + to + " by " + source));
        return row.eventFor(payment(from), CONTEXT).orElse(null);
    }

    @Test
    void everyStatusIsReachableFromCreated() {
        Set<PaymentStatus> reached = EnumSet.of(CREATED);
        Deque<PaymentStatus> todo = new ArrayDeque<>(List.of(CREATED));
        while (!todo.isEmpty()) {
            PaymentStatus from = todo.pop();
            PaymentTransitions.TABLE.stream().filter(t -> t.from() == from).map(Transition::to)
                    .filter(reached::add).forEach(todo::push);
        }
        assertThat(reached).containsExactlyInAnyOrder(PaymentStatus.values());
    }

    @Test
    void everyStatusButFailedAndRefundedCanBeLeft() {
        Set<PaymentStatus> leavable = PaymentTransitions.TABLE.stream().map(Transition::from)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PaymentStatus.class)));
        // FAILED and REFUNDED are final; EXPIRED is not, the gateway may still confirm the money; REFUND_DUE waits for
        // the accountant's refund
        assertThat(leavable).containsExactlyInAnyOrder(CREATED, PENDING, SUCCEEDED, EXPIRED, REFUND_DUE);
    }

    @Test
    void theTableHasExactlyTheseRowsAndSources() {
        assertThat(PaymentTransitions.TABLE).extracting(t -> t.from() + " -> " + t.to() + " by "
                + t.sources().stream().map(Enum::name).sorted().toList())
                .containsExactlyInAnyOrder(
                        "CREATED -> PENDING by [USER]",
                        "CREATED -> EXPIRED by [EXPIRY]",
                        "PENDING -> SUCCEEDED by [IPN, RECONCILIATION]",
                        "PENDING -> FAILED by [IPN, RECONCILIATION]",
                        "PENDING -> EXPIRED by [EXPIRY, RECONCILIATION]",
                        "EXPIRED -> SUCCEEDED by [IPN, RECONCILIATION]",
                        "PENDING -> REFUND_DUE by [IPN, RECONCILIATION]",
                        "EXPIRED -> REFUND_DUE by [IPN, RECONCILIATION]",
                        "SUCCEEDED -> REFUNDED by [USER]",
                        "REFUND_DUE -> REFUNDED by [USER]");
    }

    @Test
    void sendingThePayerToTheGatewayAnnouncesNothing() {
        assertThat(eventOf(CREATED, PENDING, USER)).isNull();
    }

    @Test
    void eachRowWithAnEventAnnouncesItWithThePaymentAndTheTimeOfTheMove() {
        for (PaymentSource source : List.of(IPN, RECONCILIATION)) {
            assertThat(eventOf(PENDING, SUCCEEDED, source)).isEqualTo(new PaymentSucceeded(41, DOSSIER_FEE, 7001, 7_000, AT));
            assertThat(eventOf(EXPIRED, SUCCEEDED, source)).isEqualTo(new PaymentSucceeded(41, DOSSIER_FEE, 7001, 7_000, AT));
            assertThat(eventOf(PENDING, FAILED, source)).isEqualTo(new PaymentFailed(41, DOSSIER_FEE, 7001, "24", AT));
            assertThat(eventOf(PENDING, REFUND_DUE, source)).isEqualTo(new PaymentRefundDue(41, DOSSIER_FEE, 7001, 7_000, AT));
            assertThat(eventOf(EXPIRED, REFUND_DUE, source)).isEqualTo(new PaymentRefundDue(41, DOSSIER_FEE, 7001, 7_000, AT));
        }
        assertThat(eventOf(CREATED, EXPIRED, EXPIRY)).isEqualTo(new PaymentExpired(41, DOSSIER_FEE, 7001, AT));
        assertThat(eventOf(PENDING, EXPIRED, EXPIRY)).isEqualTo(new PaymentExpired(41, DOSSIER_FEE, 7001, AT));
        assertThat(eventOf(PENDING, EXPIRED, RECONCILIATION)).isEqualTo(new PaymentExpired(41, DOSSIER_FEE, 7001, AT));
        assertThat(eventOf(SUCCEEDED, REFUNDED, USER)).isEqualTo(new PaymentRefunded(41, DOSSIER_FEE, 7001, 7_000, AT));
        assertThat(eventOf(REFUND_DUE, REFUNDED, USER)).isEqualTo(new PaymentRefunded(41, DOSSIER_FEE, 7001, 7_000, AT));
    }

    @Test
    void aRefundDueIsNeverCreditedAndOnlyARefundClosesIt() {
        for (PaymentSource source : PaymentSource.values()) {
            assertThat(PaymentTransitions.allowed(REFUND_DUE, SUCCEEDED, source)).as("credited by " + source).isFalse();
            assertThat(PaymentTransitions.allowed(SUCCEEDED, REFUND_DUE, source)).as("uncredited by " + source)
                    .isFalse();
        }
        assertThat(PaymentTransitions.TABLE).filteredOn(t -> t.to() == REFUND_DUE)
                .allSatisfy(t -> assertThat(t.eventFor(payment(t.from()), CONTEXT)).get()
                        .isInstanceOf(PaymentRefundDue.class));
        assertThat(PaymentTransitions.TABLE).filteredOn(t -> t.from() == REFUND_DUE).extracting(Transition::to)
                .containsExactly(REFUNDED);
    }

    @Test
    void aFailureWithoutAGatewayCodeCarriesNone() {
        Transition failed = PaymentTransitions.find(PENDING, FAILED, IPN).orElseThrow();
        assertThat(failed.eventFor(payment(PENDING), new Context(AT, null)))
                .contains(new PaymentFailed(41, DOSSIER_FEE, 7001, null, AT));
    }

    @Test
    void aPairOrASourceNotInTheTableIsRefused() {
        assertThat(PaymentTransitions.find(SUCCEEDED, FAILED, IPN)).isEmpty();
        assertThat(PaymentTransitions.allowed(FAILED, SUCCEEDED, IPN)).isFalse();
        assertThat(PaymentTransitions.allowed(REFUNDED, SUCCEEDED, RECONCILIATION)).isFalse();
        assertThat(PaymentTransitions.allowed(CREATED, SUCCEEDED, IPN)).isFalse();
        // the right pair by the wrong hand: the payer cannot settle, a callback cannot refund or expire a new payment
        assertThat(PaymentTransitions.allowed(PENDING, SUCCEEDED, USER)).isFalse();
        assertThat(PaymentTransitions.allowed(SUCCEEDED, REFUNDED, IPN)).isFalse();
        assertThat(PaymentTransitions.allowed(REFUND_DUE, REFUNDED, IPN)).isFalse();
        assertThat(PaymentTransitions.allowed(PENDING, REFUND_DUE, USER)).isFalse();
        assertThat(PaymentTransitions.allowed(CREATED, EXPIRED, RECONCILIATION)).isFalse();
        for (PaymentStatus from : PaymentStatus.values()) {
            for (PaymentSource source : PaymentSource.values()) {
                assertThat(PaymentTransitions.allowed(from, from, source)).as(from + " to itself").isFalse();
            }
        }
    }
}
