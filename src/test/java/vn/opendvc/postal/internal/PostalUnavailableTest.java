package vn.opendvc.postal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.env.MockEnvironment;

import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.AccountKind;
import vn.opendvc.identity.AssuranceLevel;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.web.Problem;

/**
 * Outside the demo with no carrier configured, delivery by post is not offered: choosing it, or a collection at home,
 * is a 409 "not available" problem and nothing is written; the counter can still be chosen.
 */
class PostalUnavailableTest {

    static final Instant NOW = Instant.parse("2026-11-23T02:30:00Z");
    static final CurrentUser APPLICANT = new CurrentUser(11, "congdan1", AccountKind.CITIZEN, "Nguyễn Văn An", null,
            Set.of(), "048090001234", null, AssuranceLevel.LOCAL);
    static final AddressInput ADDRESS = new AddressInput("recipientName", "Nguyễn Văn An", "0905123456", "12 Lê Lợi",
            "DNG-SONTRA");

    final Dossiers dossiers = mock(Dossiers.class);
    final ShipmentStore store = mock(ShipmentStore.class);
    final DeliveryChoiceStore saved = mock(DeliveryChoiceStore.class);
    final PostalAddresses addresses = mock(PostalAddresses.class);
    final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    final PostalSettings settings = PostalSettings.read(new MockEnvironment()).checked();
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final Postage postage = new Postage(settings, addresses);
    final ShipmentOrders orders = new ShipmentOrders(store, addresses, postage, settings, clock);
    final DeliveryChoices choices = new DeliveryChoices(dossiers, saved, store, orders, addresses, postage, settings,
            events, clock);
    final PickupRequests pickups = new PickupRequests(choices, store, orders, addresses, settings, events);

    PostalUnavailableTest() {
        when(dossiers.find(APPLICANT, 7)).thenReturn(Optional.of(dossier(DossierStatus.PROCESSING)));
        when(addresses.commune("DNG-SONTRA")).thenReturn(Optional.of(new PostalAddresses.Commune("DNG-SONTRA",
                "Phường Sơn Trà, thành phố Đà Nẵng", "DNG", "Thành phố Đà Nẵng")));
        when(addresses.province(any())).thenReturn(Optional.empty());
        when(saved.find(anyLong())).thenReturn(Optional.empty());
        when(store.ofDossier(anyLong())).thenReturn(List.of());
    }

    static Dossier dossier(DossierStatus status) {
        return new Dossier(7, "DNG-HAICHAU-261123-0001", 3, "Đăng ký khai sinh", "DNG-HAICHAU", Channel.ONLINE, status,
                11, "Nguyễn Văn An", "0905123456", Map.of(), BigDecimal.ONE, null, false, NOW, NOW, NOW, NOW, null,
                null, false, 2, 3, List.of(), List.of(), List.of());
    }

    @Test
    void choosingThePostIsRefusedAsNotAvailableAndNothingIsWritten() {
        assertThat(settings.available()).isFalse();
        assertThatThrownBy(() -> choices.choose(APPLICANT, 7, new DeliveryChoices.Request("POST", ADDRESS)))
                .isInstanceOfSatisfying(Problem.class, p -> {
                    assertThat(p.getStatusCode().value()).isEqualTo(409);
                    assertThat(p.getBody().getType().toString()).isEqualTo("urn:opendvc:problem:postal-not-available");
                    assertThat(p.detailMessage().code()).isEqualTo("postal.problem.not-available");
                });
        verify(saved, never()).save(anyLong(), any(), anyLong());
    }

    @Test
    void theCounterCanStillBeChosenAndThePageOffersNoPost() {
        DeliveryView view = choices.choose(APPLICANT, 7, new DeliveryChoices.Request("COUNTER",
                new AddressInput("recipientName", null, null, null, null)));
        verify(saved).save(eq(7L), any(DeliveryChoice.class), eq(11L));
        assertThat(view.available()).isFalse();
        assertThat(view.pickupAllowed()).isFalse();
    }

    @Test
    void aCollectionAtHomeIsRefusedAsNotAvailable() {
        assertThatThrownBy(() -> pickups.request(APPLICANT, 7, new AddressInput("name", "Nguyễn Văn An",
                "0905123456", "12 Lê Lợi", "DNG-SONTRA")))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.getStatusCode().value()).isEqualTo(409));
        verify(store, never()).insertPending(anyLong(), any(), any(), anyLong(), any(), any());
    }
}
