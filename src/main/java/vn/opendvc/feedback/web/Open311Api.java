package vn.opendvc.feedback.web;

import static vn.opendvc.feedback.web.Open311Parameters.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.feedback.FeedbackKind;
import vn.opendvc.feedback.internal.FeedbackRecord;
import vn.opendvc.feedback.internal.FeedbackSubmission;
import vn.opendvc.feedback.internal.Open311Keys;
import vn.opendvc.feedback.internal.Open311Requests;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problem;
import vn.opendvc.web.PublicUrl;
import vn.opendvc.web.Translations;

/**
 * Open311 GeoReport v2 (the frozen specification, http://wiki.open311.org/GeoReport_v2), one jurisdiction, so
 * {@code jurisdiction_id} is ignored: service discovery, the services (the kinds of feedback, except the one about a
 * person's dossier, which needs a signed-in author) with their definitions, POST requests (form-encoded, an API key
 * issued by an administrator), tokens, GET requests with the filters, one request, and the
 * {@code servicerequestupdates} extension of FixMyStreet (mySociety). Each resource answers in JSON or XML by its
 * suffix; errors are the specification's list of {code, description} with 400, 403 or 404. Requests are {@code open}
 * until answered ({@code closed}); the detailed state is in {@code status_notes}.
 */
@RestController
@RequestMapping(Open311Api.BASE)
@Tag(name = "Open311 GeoReport v2")
class Open311Api {

    static final String BASE = "/open311/v2";
    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    static final Duration MAX_RANGE = Duration.ofDays(90);
    /** When the services or their definitions last changed (the discovery's changeset). */
    static final String CHANGESET = "2026-11-29T00:00:00+07:00";

    private final FeedbackSubmission submission;
    private final Open311Requests requests;
    private final Open311Keys keys;
    private final Open311Documents documents;
    private final Translations translations;
    private final PublicUrl publicUrl;
    private final Clock clock;

    Open311Api(FeedbackSubmission submission, Open311Requests requests, Open311Keys keys, Open311Documents documents,
            Translations translations, PublicUrl publicUrl, Clock clock) {
        this.submission = submission;
        this.requests = requests;
        this.keys = keys;
        this.documents = documents;
        this.translations = translations;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    @GetMapping({"/discovery", "/discovery.json", "/discovery.xml"})
    @Operation(summary = "Service discovery")
    ResponseEntity<String> discovery(HttpServletRequest request) {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", SPECIFICATION);
        endpoint.put("url", publicUrl.base() + BASE);
        endpoint.put("changeset", CHANGESET);
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("text/xml", "application/json"));
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("changeset", CHANGESET);
        discovery.put("contact", text("feedback.open311.contact"));
        discovery.put("key_service", text("feedback.open311.key-service"));
        discovery.put("endpoints", List.of(endpoint));
        return answer(request, "discovery", discovery);
    }

    @GetMapping({"/services", "/services.json", "/services.xml"})
    @Operation(summary = "GET Service List")
    ResponseEntity<String> services(HttpServletRequest request) {
        return answer(request, "services", kinds().stream().map(documents::service).toList());
    }

    @GetMapping("/services/{file}")
    @Operation(summary = "GET Service Definition")
    ResponseEntity<String> definition(@PathVariable String file, HttpServletRequest request) {
        FeedbackKind kind = kind(stem(file)).orElseThrow(
                () -> Open311Error.notFound("feedback.open311.error.service-code-unknown", stem(file)));
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", kind.serviceCode());
        definition.put("attributes", List.of(documents.agencyAttribute(), documents.titleAttribute()));
        return answer(request, "service_definition", definition);
    }

    @PostMapping({"/requests", "/requests.json", "/requests.xml"})
    @Operation(summary = "POST Service Request", description = "application/x-www-form-urlencoded; api_key required")
    ResponseEntity<String> create(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        Long client = keys.clientOf(params.getFirst("api_key"))
                .orElseThrow(() -> Open311Error.forbidden("feedback.open311.error.api-key"));
        String code = blankToNull(params.getFirst("service_code"));
        if (code == null) {
            throw Open311Error.badRequest("feedback.open311.error.service-code-missing");
        }
        FeedbackKind kind = kind(code)
                .orElseThrow(() -> Open311Error.notFound("feedback.open311.error.service-code-unknown", code));
        Double lat = number(params.getFirst("lat"), "lat");
        Double lon = number(params.getFirst("long"), "long");
        String address = blankToNull(params.getFirst("address_string"));
        String addressId = blankToNull(params.getFirst("address_id"));
        if ((lat == null || lon == null) && address == null && addressId == null) {
            throw Open311Error.badRequest("feedback.open311.error.location");
        }
        String description = blankToNull(params.getFirst("description"));
        String title = Optional.ofNullable(blankToNull(params.getFirst("attribute[title]")))
                .orElseGet(() -> description == null ? null : shortened(description));
        String name = String.join(" ", List.of(Optional.ofNullable(params.getFirst("first_name")).orElse(""),
                Optional.ofNullable(params.getFirst("last_name")).orElse(""))).strip();
        FeedbackSubmission.Form form = new FeedbackSubmission.Form(kind, title, description,
                blankToNull(params.getFirst("attribute[agency]")), null, null, name.isEmpty() ? null : name,
                blankToNull(params.getFirst("email")), blankToNull(params.getFirst("phone")), lat, lon,
                address != null ? address : addressId);
        FeedbackSubmission.Receipt receipt = submission.submit(Optional.empty(), form, List.of(), "OPEN311", client);
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("service_request_id", receipt.code());
        created.put("service_notice", documents.serviceNotice(kind));
        created.put("account_id", null);
        return answer(request, "service_requests", List.of(created));
    }

    @GetMapping("/tokens/{file}")
    @Operation(summary = "GET service_request_id from a token")
    ResponseEntity<String> token(@PathVariable String file, HttpServletRequest request) {
        String token = stem(file);
        String code = requests.codeOfToken(token)
                .orElseThrow(() -> Open311Error.notFound("feedback.open311.error.token-unknown"));
        Map<String, Object> found = new LinkedHashMap<>();
        found.put("service_request_id", code);
        found.put("token", token);
        return answer(request, "service_requests", List.of(found));
    }

    @GetMapping({"/requests", "/requests.json", "/requests.xml"})
    @Operation(summary = "GET Service Requests")
    ResponseEntity<String> requests(@RequestParam(name = "service_request_id", required = false) String ids,
            @RequestParam(name = "service_code", required = false) String codes,
            @RequestParam(name = "start_date", required = false) String start,
            @RequestParam(name = "end_date", required = false) String end,
            @RequestParam(required = false) String status, HttpServletRequest request) {
        List<String> wanted = list(ids);
        List<FeedbackRecord> found;
        if (!wanted.isEmpty()) {
            found = requests.find(wanted, List.of(), List.of(), null, null); // overrides all other arguments
        } else {
            List<FeedbackKind> kinds = new ArrayList<>();
            for (String code : list(codes)) {
                kinds.add(kind(code).orElseThrow(
                        () -> Open311Error.badRequest("feedback.open311.error.service-code-unknown", code)));
            }
            Instant from = date(start, "start_date");
            Instant to = date(end, "end_date");
            if (from == null && to == null) {
                to = clock.instant();
                from = to.minus(MAX_RANGE);
            } else if (from == null) {
                from = to.minus(MAX_RANGE);
            } else if (to == null) {
                to = from.plus(MAX_RANGE);
            }
            if (to.isBefore(from) || Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
                throw Open311Error.badRequest("feedback.open311.error.range");
            }
            found = requests.find(List.of(), kinds, statuses(status), from, to);
        }
        return answer(request, "service_requests", found.stream().map(documents::request).toList());
    }

    @GetMapping("/requests/{file}")
    @Operation(summary = "GET Service Request")
    ResponseEntity<String> request(@PathVariable String file, HttpServletRequest request) {
        FeedbackRecord f = requests.byCode(stem(file)).orElseThrow(
                () -> Open311Error.notFound("feedback.open311.error.request-unknown", stem(file)));
        return answer(request, "service_requests", List.of(documents.request(f)));
    }

    @GetMapping({"/servicerequestupdates", "/servicerequestupdates.json", "/servicerequestupdates.xml"})
    @Operation(summary = "GET Service Request Updates (FixMyStreet / mySociety extension)")
    ResponseEntity<String> updates(@RequestParam(name = "start_date", required = false) String start,
            @RequestParam(name = "end_date", required = false) String end, HttpServletRequest request) {
        Instant to = Optional.ofNullable(date(end, "end_date")).orElseGet(clock::instant);
        Instant from = Optional.ofNullable(date(start, "start_date")).orElse(to.minus(Duration.ofDays(1)));
        if (to.isBefore(from) || Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw Open311Error.badRequest("feedback.open311.error.range");
        }
        List<Map<String, Object>> updates = requests.updates(from, to).stream().map(documents::update).toList();
        return answer(request, "service_request_updates", updates);
    }

    /** Any other resource under the endpoint: 404 in the specification's format, not the portal's error page. */
    @RequestMapping("/**")
    ResponseEntity<String> unknown(HttpServletRequest request) {
        throw Open311Error.notFound("feedback.open311.error.resource-unknown");
    }

    @ExceptionHandler(Open311Error.class)
    ResponseEntity<String> error(Open311Error e, HttpServletRequest request) {
        return errors(request, e.status, List.of(text(e.description)));
    }

    /** The feedback's own checks (contact, lengths...): 400 with one error per field. */
    @ExceptionHandler(Problem.class)
    ResponseEntity<String> problem(Problem e, HttpServletRequest request) {
        List<String> descriptions = new ArrayList<>();
        e.fieldErrors().forEach((field, message) -> descriptions.add(open311Field(field) + ": " + text(message)));
        if (descriptions.isEmpty()) {
            descriptions.add(text(e.detailMessage()));
        }
        HttpStatus status = e.getStatusCode().value() == 404 ? HttpStatus.NOT_FOUND
                : e.getStatusCode().value() == 403 ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
        return errors(request, status, descriptions);
    }

    private ResponseEntity<String> errors(HttpServletRequest request, HttpStatus status, List<String> descriptions) {
        List<Map<String, Object>> errors = descriptions.stream().map(d -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", status.value());
            error.put("description", d);
            return error;
        }).toList();
        Open311Format format = Open311Format.of(request.getRequestURI());
        return ResponseEntity.status(status).contentType(format.mediaType).body(format.render("errors", errors));
    }

    private ResponseEntity<String> answer(HttpServletRequest request, String root, Object document) {
        Open311Format format = Open311Format.of(request.getRequestURI());
        return ResponseEntity.ok().contentType(format.mediaType).body(format.render(root, document));
    }

    /** The names Open311 clients know the fields by. */
    private static String open311Field(String field) {
        return switch (field) {
            case "content" -> "description";
            case "title" -> "attribute[title]";
            case "agencyCode" -> "attribute[agency]";
            case "contactEmail" -> "email";
            case "contactPhone" -> "phone";
            case "latitude" -> "lat";
            case "address" -> "address_string";
            default -> field;
        };
    }

    private String text(String key, Object... args) {
        return translations.text(Message.of(key, args));
    }

    private String text(Message message) {
        return translations.text(message);
    }
}
