package vn.opendvc.postal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Placing an order at the carrier: what the carrier receives, an order taken, sent again later when the carrier could
 * not take it for now (each wait twice the one before), given up when refused for good or too often, and an order
 * already placed never sent twice.
 */
class OrderPlacementTest {

    static final Instant NOW = Instant.parse("2026-11-23T02:30:00Z");

    final ShipmentStore store = mock(ShipmentStore.class);
    final AtomicReference<Carrier.Order> sent = new AtomicReference<>();
    final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    final Carrier carrier = order -> {
        sent.set(order);
        if (failure.get() != null) {
            throw failure.get();
        }
        return new Carrier.Placed("VNP-9", "EB000000009VN");
    };
    final PostalSettings settings = PostalSettings.read(new MockEnvironment().withProperty("opendvc.demo", "true")
            .withProperty("opendvc.postal.attempts", "3")).checked();
    final OrderPlacement placement = new OrderPlacement(store,
            new StaticListableBeanFactory(java.util.Map.of("carrier", carrier)).getBeanProvider(Carrier.class),
            settings, Clock.fixed(NOW, ZoneOffset.UTC), mock(PlatformTransactionManager.class));

    static Shipment shipment(ShipmentState state, int attempts) {
        return new Shipment(5, 7, Shipment.Kind.DELIVERY, state, "DNG-HAICHAU-261123-0001", "Phường Hải Châu", null,
                "Phường Hải Châu", "Nguyễn Văn An", "0905123456", "12 Lê Lợi, Phường Sơn Trà", 25_000, 25_000, null,
                null, attempts, null, NOW, NOW, null, List.of());
    }

    @Test
    void aPendingOrderIsSentWithItsReferenceAndRegistered() {
        when(store.forUpdate(5)).thenReturn(Optional.of(shipment(ShipmentState.PENDING, 0)));
        placement.place(5);
        assertThat(sent.get().clientReference()).isEqualTo("DVC-5");
        assertThat(sent.get().itemCode()).isEqualTo("DNG-HAICHAU-261123-0001");
        assertThat(sent.get().codAmount()).isEqualTo(25_000);
        assertThat(sent.get().serviceType()).isEqualTo("HCC");
        verify(store).placed(5, "VNP-9", "EB000000009VN", 1, NOW);
        verify(store).tracking(5, ShipmentState.REGISTERED, NOW, NOW, null);
    }

    @Test
    void aTemporaryFailureIsSentAgainLaterEachWaitTwiceTheOneBeforeThenGivenUp() {
        failure.set(new Carrier.CarrierFailure("the carrier cannot be reached", false, null));
        when(store.forUpdate(5)).thenReturn(Optional.of(shipment(ShipmentState.PENDING, 0)));
        placement.place(5);
        verify(store).retryLater(5, 1, NOW.plus(Duration.ofMinutes(5)), "the carrier cannot be reached");

        when(store.forUpdate(5)).thenReturn(Optional.of(shipment(ShipmentState.PENDING, 1)));
        placement.place(5);
        verify(store).retryLater(5, 2, NOW.plus(Duration.ofMinutes(10)), "the carrier cannot be reached");

        when(store.forUpdate(5)).thenReturn(Optional.of(shipment(ShipmentState.PENDING, 2)));
        placement.place(5);
        verify(store).failed(5, 3, "the carrier cannot be reached", NOW);
        verify(store, never()).placed(anyLong(), any(), any(), anyInt(), any());
    }

    @Test
    void aPermanentRefusalFailsAtOnce() {
        failure.set(new Carrier.CarrierFailure("the carrier answered HTTP 422", true, null));
        when(store.forUpdate(5)).thenReturn(Optional.of(shipment(ShipmentState.PENDING, 0)));
        placement.place(5);
        verify(store).failed(5, 1, "the carrier answered HTTP 422", NOW);
        verify(store, never()).retryLater(anyLong(), anyInt(), any(), any());
    }

    @Test
    void anOrderAlreadyPlacedIsNotSentAgain() {
        when(store.forUpdate(5)).thenReturn(Optional.of(shipment(ShipmentState.REGISTERED, 1)));
        placement.place(5);
        assertThat(sent.get()).isNull();
        verify(store, never()).placed(anyLong(), any(), any(), anyInt(), any());
    }

    @Test
    void theRetryJobSendsTheDueOrders() {
        when(store.due(eq(NOW), anyInt())).thenReturn(List.of(5L));
        when(store.forUpdate(5)).thenReturn(Optional.of(shipment(ShipmentState.PENDING, 1)));
        placement.retryDue();
        verify(store).placed(5, "VNP-9", "EB000000009VN", 2, NOW);
    }
}
