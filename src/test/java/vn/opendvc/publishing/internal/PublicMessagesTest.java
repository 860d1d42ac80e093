package vn.opendvc.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.transaction.event.TransactionalEventListener;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.dossier.DossierFacts;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.DossierStatusChanged;
import vn.opendvc.feedback.FeedbackAction;
import vn.opendvc.feedback.FeedbackChanged;
import vn.opendvc.feedback.FeedbackKind;
import vn.opendvc.feedback.FeedbackStatus;
import vn.opendvc.payment.PaymentExpired;
import vn.opendvc.payment.PaymentFailed;
import vn.opendvc.payment.PaymentPurpose;
import vn.opendvc.payment.PaymentSucceeded;
import vn.opendvc.publishing.MessageSchemas;
import vn.opendvc.publishing.ResultIssuedMessage;
import vn.opendvc.publishing.Topics;
import vn.opendvc.result.IssuedResult;
import vn.opendvc.result.ResultIssued;
import vn.opendvc.result.ResultOrigin;

/**
 * Every kind of public message, without Spring: its fields, its topic and key, its stable id, valid by its published
 * JSON Schema, and nothing about the people involved.
 */
class PublicMessagesTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Instant AT = Instant.parse("2026-11-23T02:30:00Z");
    static final long DOSSIER = 41;

    final DossierFacts dossiers = mock(DossierFacts.class);
    final ProcedureCatalog catalog = mock(ProcedureCatalog.class);
    final PublicMessages messages = new PublicMessages(() -> dossiers, () -> catalog);

    PublicMessagesTest() {
        Procedure birth = mock(Procedure.class);
        when(birth.code()).thenReturn("1.001193");
        when(catalog.find(7)).thenReturn(Optional.of(birth));
        when(dossiers.find(DOSSIER)).thenReturn(Optional.of(new DossierFacts.Fact(DOSSIER, "DNG-HAICHAU-261123-0001", 7,
                "DNG-HAICHAU", Channel.ONLINE, DossierStatus.PAYMENT_REQUIRED, AT, AT, null, null, null, null)));
    }

    @Test
    void aStatusChangeCarriesTheNationalCodesAndTheDossiersKey() {
        DossierStatusChanged changed = new DossierStatusChanged(DOSSIER, "DNG-HAICHAU-261123-0001", 7, "DNG-HAICHAU",
                Channel.ONLINE, DossierStatus.DRAFT, DossierStatus.SUBMITTED, DossierAction.SUBMIT, 99, AT, null, true,
                false, 1);

        JsonNode m = valid("dossier-status-v1", messages.of(changed));

        assertThat(m.get("fromStatus").asInt()).isZero();
        assertThat(m.get("status").asInt()).isEqualTo(1);
        assertThat(m.get("procedureCode").asString()).isEqualTo("1.001193");
        assertThat(m.get("occurredAt").asString()).isEqualTo("2026-11-23T02:30:00Z");
        assertThat(m.has("actorId")).as("who acted stays inside").isFalse();
        assertThat(PublishedEvents.route(changed)).isEqualTo(target(Topics.DOSSIER_STATUS, DOSSIER));
        assertThat(messages.of(changed).messageId()).as("the same change, the same id")
                .isEqualTo(messages.of(changed).messageId());
    }

    @Test
    void paymentsNameTheDossierTheyPayForAndTheOutcome() {
        PaymentSucceeded paid = new PaymentSucceeded(5, PaymentPurpose.DOSSIER_FEE, DOSSIER, 25_000, AT);
        PaymentFailed failed = new PaymentFailed(6, PaymentPurpose.AGENT_FEE, DOSSIER, "24", AT);
        PaymentExpired expired = new PaymentExpired(7, null, DOSSIER, AT);

        JsonNode succeeded = valid("payment-v1", messages.of(paid));
        assertThat(succeeded.get("event").asString()).isEqualTo("SUCCEEDED");
        assertThat(succeeded.get("amountVnd").asLong()).isEqualTo(25_000);
        assertThat(succeeded.get("dossierCode").asString()).isEqualTo("DNG-HAICHAU-261123-0001");
        assertThat(succeeded.get("agencyCode").asString()).isEqualTo("DNG-HAICHAU");
        JsonNode refused = valid("payment-v1", messages.of(failed));
        assertThat(refused.get("amountVnd").isNull()).isTrue();
        assertThat(refused.get("gatewayResponseCode").asString()).isEqualTo("24");
        assertThat(refused.get("purpose").asString()).isEqualTo("AGENT_FEE");
        assertThat(valid("payment-v1", messages.of(expired)).get("purpose").asString()).isEqualTo("DOSSIER_FEE");

        assertThat(PublishedEvents.route(paid)).isEqualTo(target(Topics.PAYMENT, DOSSIER));
        assertThat(PublishedEvents.route(failed)).isEqualTo(target(Topics.PAYMENT, DOSSIER));
        assertThat(messages.of(paid).messageId()).isNotEqualTo(messages.of(failed).messageId());
    }

    @Test
    void anIssuedResultNamesTheDocumentNotItsHolder() {
        IssuedResult issued = new IssuedResult("v3r1f1c4t10n", "https://dvc.example.vn/verify/v3r1f1c4t10n",
                ResultOrigin.GENERATED, DOSSIER, "DNG-HAICHAU-261123-0001", "Đăng ký khai sinh", "Giấy khai sinh",
                "DNG-HAICHAU", "UBND phường Hải Châu", 12L, "Nguyễn Thị Hoa", "048190001234", "Trần Văn Ký",
                "CN=UBND phường Hải Châu", AT, "giay-khai-sinh.pdf", 1234, "ab".repeat(32), 3L);

        ResultIssuedMessage message = messages.of(ResultIssued.of(issued));
        JsonNode m = valid("result-issued-v1", message);

        assertThat(m.get("resultType").asString()).isEqualTo("Giấy khai sinh");
        assertThat(m.get("procedureCode").asString()).isEqualTo("1.001193");
        assertThat(JSON.writeValueAsString(message)).doesNotContain("Nguyễn Thị Hoa", "048190001234", "Trần Văn Ký",
                "v3r1f1c4t10n");
        assertThat(PublishedEvents.route(ResultIssued.of(issued))).isEqualTo(target(Topics.RESULT_ISSUED, DOSSIER));
    }

    @Test
    void aFeedbackChangeHasNoAuthorAndItsOwnKey() {
        FeedbackChanged submitted = new FeedbackChanged(8, "PA-261123-000008", FeedbackKind.DOSSIER_HANDLING, null,
                FeedbackAction.SUBMIT, FeedbackStatus.RECEIVED, "DNG-HAICHAU", null, DOSSIER, "DNG-HAICHAU", null, AT,
                AT.plusSeconds(5 * 86_400), null, AT, null);

        JsonNode m = valid("feedback-v1", messages.of(submitted));

        assertThat(m.get("fromStatus").isNull()).isTrue();
        assertThat(m.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(m.get("dossierId").asLong()).isEqualTo(DOSSIER);
        assertThat(PublishedEvents.route(submitted)).isEqualTo(target(Topics.FEEDBACK, 8));
    }

    @Test
    void aMessageWithAFieldTheSchemaDoesNotKnowIsRefused() {
        JsonNode extra = JSON.readTree("""
                {"schemaVersion":1,"messageId":"x","event":"SUCCEEDED","paymentId":1,"purpose":"DOSSIER_FEE",
                 "dossierId":1,"dossierCode":null,"agencyCode":null,"procedureCode":null,"amountVnd":1,
                 "gatewayResponseCode":null,"occurredAt":"2026-11-23T02:30:00Z","payerName":"Nguyễn Văn A"}""");
        assertThat(MessageSchemas.errors("payment-v1", extra)).isNotEmpty();
    }

    @Test
    void theSenderListensToExactlyThePublishedEvents() throws NoSuchMethodException {
        assertThat(KafkaSender.class.getMethod("send", Object.class).getAnnotation(TransactionalEventListener.class)
                .classes()).containsExactlyInAnyOrderElementsOf(PublishedEvents.TYPES);
    }

    private static JsonNode valid(String schema, Object message) {
        JsonNode json = JSON.valueToTree(message);
        assertThat(MessageSchemas.errors(schema, json)).as(json.toString()).isEmpty();
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        return json;
    }

    private static RoutingTarget target(String topic, long key) {
        return RoutingTarget.forTarget(topic).andKey(Long.toString(key));
    }
}
