package vn.opendvc.publishing.internal;

import java.util.List;
import java.util.Map;

import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

import vn.opendvc.dossier.DossierStatusChanged;
import vn.opendvc.feedback.FeedbackChanged;
import vn.opendvc.payment.PaymentExpired;
import vn.opendvc.payment.PaymentFailed;
import vn.opendvc.payment.PaymentRefundDue;
import vn.opendvc.payment.PaymentRefunded;
import vn.opendvc.payment.PaymentSucceeded;
import vn.opendvc.publishing.DossierStatusMessage;
import vn.opendvc.publishing.FeedbackMessage;
import vn.opendvc.publishing.PaymentMessage;
import vn.opendvc.publishing.ResultIssuedMessage;
import vn.opendvc.publishing.Topics;
import vn.opendvc.result.ResultIssued;

/**
 * The one table of what leaves for Kafka: which internal events, as which public message, on which topic, under which
 * key, with which schema header — written with Spring Modulith's externalization configuration.
 */
final class PublishedEvents {

    /** The internal events published; {@link KafkaSender} listens to exactly these. */
    static final List<Class<?>> TYPES = List.of(DossierStatusChanged.class, ResultIssued.class, FeedbackChanged.class,
            PaymentSucceeded.class, PaymentFailed.class, PaymentExpired.class, PaymentRefundDue.class,
            PaymentRefunded.class);

    /** Tells a consumer which JSON Schema the payload follows without parsing it. */
    static final String SCHEMA_HEADER = "opendvc-schema";

    private PublishedEvents() {
    }

    static EventExternalizationConfiguration table(PublicMessages messages) {
        return EventExternalizationConfiguration.externalizing()
                .select(event -> TYPES.contains(event.getClass()))
                .mapping(DossierStatusChanged.class, messages::of)
                .mapping(ResultIssued.class, messages::of)
                .mapping(FeedbackChanged.class, messages::of)
                .mapping(PaymentSucceeded.class, messages::of)
                .mapping(PaymentFailed.class, messages::of)
                .mapping(PaymentExpired.class, messages::of)
                .mapping(PaymentRefundDue.class, messages::of)
                .mapping(PaymentRefunded.class, messages::of)
                .routeAll(PublishedEvents::route)
                .headers(DossierStatusMessage.class, m -> schema("dossier-status-v1"))
                .headers(ResultIssuedMessage.class, m -> schema("result-issued-v1"))
                .headers(FeedbackMessage.class, m -> schema("feedback-v1"))
                .headers(PaymentMessage.class, m -> schema("payment-v1"))
                .build();
    }

    /** One key per dossier (per feedback): Kafka keeps the order of one key's messages within its partition. */
    static RoutingTarget route(Object event) {
        return switch (event) {
            case DossierStatusChanged e -> target(Topics.DOSSIER_STATUS, e.dossierId());
            case ResultIssued e -> target(Topics.RESULT_ISSUED, e.reference());
            case FeedbackChanged e -> target(Topics.FEEDBACK, e.feedbackId());
            case PaymentSucceeded e -> target(Topics.PAYMENT, e.reference());
            case PaymentFailed e -> target(Topics.PAYMENT, e.reference());
            case PaymentExpired e -> target(Topics.PAYMENT, e.reference());
            case PaymentRefundDue e -> target(Topics.PAYMENT, e.reference());
            case PaymentRefunded e -> target(Topics.PAYMENT, e.reference());
            default -> throw new IllegalArgumentException("not published: " + event.getClass().getName());
        };
    }

    /** The header naming the message's schema file under {@code publishing/schema/}, without its extension. */
    private static Map<String, Object> schema(String name) {
        return Map.of(SCHEMA_HEADER, name);
    }

    private static RoutingTarget target(String topic, long key) {
        return RoutingTarget.forTarget(topic).andKey(Long.toString(key));
    }
}
