package vn.opendvc.prefill.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.prefill.DataAccess;
import vn.opendvc.prefill.Prefill;
import vn.opendvc.prefill.PrefillRequest;
import vn.opendvc.prefill.PrefillResult;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;

/** What a form would be prefilled with, and the caller's data access log. */
@RestController
@Tag(name = "Dữ liệu dùng lại / Prefill")
class PrefillApi {

    private final Prefill prefill;
    private final MessageSource messages;

    PrefillApi(Prefill prefill, MessageSource messages) {
        this.prefill = prefill;
        this.messages = messages;
    }

    record FieldJson(String value, String source, String sourceName, boolean verified, boolean readOnly) {
    }

    /** @param notice what the applicant should know about the lookup, e.g. how to get their identity verified */
    record PrefillJson(long procedureId, String nationalLookup, String notice, Map<String, FieldJson> fields) {
    }

    record AccessJson(long id, Instant at, String actorName, String source, String sourceName, List<String> items,
            Long procedureId, Long dossierId, boolean consent, String outcome) {
    }

    @GetMapping("/api/v1/procedures/{id}/prefill")
    @Operation(summary = "Dữ liệu điền sẵn cho biểu mẫu / what the form would be prefilled with, with sources; "
            + "consent=true allows the lookup in national databases")
    PrefillJson prefill(@PathVariable long id, @RequestParam(defaultValue = "false") boolean consent,
            @RequestParam(required = false) Long dossierId, CurrentUser user, Locale locale) {
        applicant(user);
        PrefillResult result = prefill.prefill(PrefillRequest.own(id, user, dossierId, consent))
                .orElseThrow(() -> Problems.notFound(Message.of("catalog.problem.procedure"), id));
        Map<String, FieldJson> fields = new LinkedHashMap<>();
        result.values().forEach((key, v) -> fields.put(key,
                new FieldJson(v.value(), v.source(), sourceName(v.source(), locale), v.verified(), v.readOnly())));
        String notice = messages.getMessage("prefill.notice." + result.nationalLookup().name(), null, null, locale);
        return new PrefillJson(result.procedureId(), result.nationalLookup().name(), notice, fields);
    }

    @GetMapping("/api/v1/me/data-access-log")
    @Operation(summary = "Nhật ký truy cập dữ liệu của tôi / who looked up my data in national databases")
    List<AccessJson> log(CurrentUser user, Locale locale) {
        applicant(user);
        return prefill.accessLog(user).stream().map(a -> json(a, locale)).toList();
    }

    private AccessJson json(DataAccess a, Locale locale) {
        return new AccessJson(a.id(), a.at(), a.actorName(), a.source(), sourceName(a.source(), locale),
                a.items().stream().map(Enum::name).toList(), a.procedureId(), a.dossierId(), a.consent(),
                a.outcome());
    }

    private String sourceName(String source, Locale locale) {
        return messages.getMessage("prefill.source." + source, null, source, locale);
    }

    /** Signed in as a citizen or a business: the prefill path is public for GET (under /api/v1/procedures). */
    static CurrentUser applicant(CurrentUser user) {
        if (user.isOfficer()) {
            throw Problems.forbidden(Message.of("prefill.problem.applicants-only"));
        }
        return user;
    }
}
