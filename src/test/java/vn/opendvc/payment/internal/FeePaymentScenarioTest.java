package vn.opendvc.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.Accounts;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.payment.Payment;
import vn.opendvc.payment.PaymentStarted;
import vn.opendvc.payment.PaymentSucceeded;
import vn.opendvc.payment.Payments;
import vn.opendvc.testing.DossierFixture;

/**
 * The hand-off between the payment and dossier modules: the gateway's confirmation of a dossier's fee, settled by the
 * IPN, publishes {@link PaymentSucceeded}, and the dossier waiting for its fee (status 6) moves on to status 2 on its
 * own. Bootstraps the dossier module with everything it depends on (the payment module among them), nothing else.
 */
@ApplicationModuleTest(module = "dossier", mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = {"opendvc.payment.reconcile-cron=-", "opendvc.payment.expiry-cron=-"})
@Tag("persistence")
class FeePaymentScenarioTest {

    /** Temporary residence: a fee of 7,000 đồng online at Hải Châu. */
    static final String TEMPORARY_RESIDENCE = "1.004194";
    static final String HAI_CHAU = "DNG-HAICHAU";
    static final byte[] PDF = DossierFixture.pdf();

    @Autowired
    Dossiers dossiers;
    @Autowired
    Accounts accounts;
    @Autowired
    ProcedureCatalog catalog;
    @Autowired
    Payments payments;
    @Autowired
    VnpayIpn ipn;

    CurrentUser user(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    /** Submitted by a citizen and received at the counter with its fee unpaid: status 6. */
    Dossier waitingForItsFee(CurrentUser applicant) {
        Procedure procedure = catalog.findByCode(TEMPORARY_RESIDENCE).orElseThrow();
        Dossier draft = dossiers.createDraft(applicant, new Dossiers.NewDossier(procedure.id(), HAI_CHAU, Map.of(
                "hoTenNguoiYeuCau", "Trần Thị Bích Ngọc",
                "soDinhDanhNguoiYeuCau", "048195004567",
                "diaChiTamTru", "12 Bạch Đằng, Hải Châu, Đà Nẵng",
                "thoiHanTamTru", "12",
                "loaiChoO", "Nhà thuê",
                "soDienThoai", "0935123456"), Channel.ONLINE, null, null));
        for (Procedure.RequiredDocument document : procedure.documents()) {
            if (document.required()) {
                dossiers.attach(applicant, draft.id(), document.name(), new Dossiers.Upload("giay-to.pdf", PDF));
            }
        }
        dossiers.submit(applicant, draft.id());
        return dossiers.act(user("motcua1"), draft.id(),
                Dossiers.ActionRequest.of(DossierAction.RECEIVE, "Tiếp nhận, chờ nộp lệ phí"));
    }

    @Test
    void aConfirmedFeeMovesTheDossierFromPaymentRequiredToReceived(Scenario scenario) {
        CurrentUser applicant = user("congdan2");
        Dossier dossier = waitingForItsFee(applicant);
        assertThat(dossier.status()).isEqualTo(DossierStatus.PAYMENT_REQUIRED);
        PaymentStarted started = dossiers.startPayment(applicant, dossier.id(), UUID.randomUUID().toString(),
                "127.0.0.1");
        Payment payment = payments.find(started.paymentId()).orElseThrow();
        assertThat(payment.amountVnd()).isEqualTo(7_000);

        scenario.stimulate(() -> ipn.handle(PaymentFixture.paid(payment)))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(() -> dossiers.find(applicant, dossier.id()).orElseThrow().status(),
                        status -> status != DossierStatus.PAYMENT_REQUIRED)
                .andVerify((status, answer) -> {
                    assertThat(answer.RspCode()).isEqualTo("00");
                    assertThat(status).isEqualTo(DossierStatus.RECEIVED);
                });
    }
}
