package vn.opendvc.feedback.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.feedback.FeedbackKind;
import vn.opendvc.feedback.FeedbackStatus;
import vn.opendvc.feedback.internal.FeedbackRecord;
import vn.opendvc.feedback.internal.FeedbackSettings;
import vn.opendvc.feedback.internal.FeedbackStore;
import vn.opendvc.web.Message;
import vn.opendvc.web.Translations;

/**
 * The documents of Open311 GeoReport v2 as the specification names their elements: a service, the attributes of a
 * service definition, a service request, an update of FixMyStreet's extension. {@link Open311Format} renders them as
 * JSON or XML.
 */
@Component
class Open311Documents {

    private final FeedbackSettings settings;
    private final AgencyDirectory agencies;
    private final Translations translations;

    Open311Documents(FeedbackSettings settings, AgencyDirectory agencies, Translations translations) {
        this.settings = settings;
        this.agencies = agencies;
        this.translations = translations;
    }

    Map<String, Object> service(FeedbackKind kind) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("service_code", kind.serviceCode());
        service.put("service_name", translations.text(kind));
        service.put("description", text("feedback.open311.service." + kind.name()));
        service.put("metadata", true);
        service.put("type", "realtime");
        service.put("keywords", text("feedback.open311.keywords." + kind.name()));
        service.put("group", text("feedback.open311.group"));
        return service;
    }

    Map<String, Object> agencyAttribute() {
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put("variable", true);
        attribute.put("code", "agency");
        attribute.put("datatype", "singlevaluelist");
        attribute.put("required", false);
        attribute.put("datatype_description", text("feedback.open311.attribute.agency.datatype"));
        attribute.put("order", 1);
        attribute.put("description", text("feedback.open311.attribute.agency", settings.defaultAgency()));
        attribute.put("values", agencies.all().stream().map(a -> {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("key", a.code());
            value.put("name", a.name());
            return value;
        }).toList());
        return attribute;
    }

    Map<String, Object> titleAttribute() {
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put("variable", true);
        attribute.put("code", "title");
        attribute.put("datatype", "string");
        attribute.put("required", false);
        attribute.put("datatype_description", text("feedback.open311.attribute.title.datatype"));
        attribute.put("order", 2);
        attribute.put("description", text("feedback.open311.attribute.title"));
        return attribute;
    }

    Map<String, Object> request(FeedbackRecord f) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", f.code());
        r.put("status", f.status().closed() ? "closed" : "open");
        r.put("status_notes", statusNotes(f));
        r.put("service_name", translations.text(f.kind()));
        r.put("service_code", f.kind().serviceCode());
        r.put("description", f.content());
        r.put("agency_responsible", agencies.find(f.agencyCode()).map(a -> a.name()).orElse(f.agencyCode()));
        r.put("service_notice", serviceNotice(f.kind()));
        r.put("requested_datetime", Open311Format.datetime(f.submittedAt()));
        r.put("updated_datetime", Open311Format.datetime(f.status().closed() && f.answeredAt() != null
                ? f.answeredAt() : f.updatedAt()));
        r.put("expected_datetime", Open311Format.datetime(f.dueAt()));
        r.put("address", f.address());
        r.put("address_id", null);
        r.put("zipcode", null);
        r.put("lat", f.latitude());
        r.put("long", f.longitude());
        r.put("media_url", null);
        return r;
    }

    Map<String, Object> update(FeedbackStore.Update u) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("update_id", Long.toString(u.id()));
        r.put("service_request_id", u.code());
        r.put("status", updateStatus(u));
        r.put("updated_datetime", Open311Format.datetime(u.at()));
        r.put("description", u.to() == FeedbackStatus.ANSWERED && u.answer() != null ? u.answer()
                : translations.text(u.to()));
        r.put("media_url", null);
        return r;
    }

    /** FixMyStreet's extended statuses (lower case, as its adapter sends them). */
    private static String updateStatus(FeedbackStore.Update u) {
        return switch (u.action()) {
            case TRANSFER -> "internal_referral";
            case MERGE -> "duplicate";
            default -> switch (u.to()) {
                case RECEIVED -> "open";
                case ACCEPTED -> "investigating";
                case ASSIGNED, DRAFTED -> "in_progress";
                case ANSWERED -> "closed";
                case MERGED -> "duplicate";
            };
        };
    }

    private String statusNotes(FeedbackRecord f) {
        String state = translations.text(f.status());
        return f.status() == FeedbackStatus.ANSWERED && f.answer() != null ? state + ": " + f.answer() : state;
    }

    String serviceNotice(FeedbackKind kind) {
        return text("feedback.open311.notice", settings.acceptDays(), settings.answerDays().get(kind));
    }

    String text(String key, Object... args) {
        return translations.text(Message.of(key, args));
    }
}
