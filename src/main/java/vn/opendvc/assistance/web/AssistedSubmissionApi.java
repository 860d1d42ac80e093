package vn.opendvc.assistance.web;

import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.assistance.internal.ConsentDesk;
import vn.opendvc.identity.CurrentUser;

/**
 * An agent's side of an assisted submission: ask for the citizen's consent (a code goes to the citizen), then confirm
 * it with the code the citizen reads out, which starts the citizen's draft; the agent goes on with the dossier API
 * (form, scans, submit).
 */
@RestController
@RequestMapping("/api/v1/assisted/consents")
@PreAuthorize("hasRole('AGENT')")
@Tag(name = "Hỗ trợ nộp hồ sơ / Assisted submission")
class AssistedSubmissionApi {

    private final ConsentDesk desk;

    AssistedSubmissionApi(ConsentDesk desk) {
        this.desk = desk;
    }

    /**
     * @param idNumber 12-digit personal ID number of the citizen
     * @param fullName and {@code phone}: only to open an account for a citizen who has none
     */
    record ConsentJson(String idNumber, String fullName, String phone, Long procedureId, String agencyCode) {
    }

    record RequestedJson(long consentId, String channel, String sentTo, Instant expiresAt) {
    }

    record CodeJson(String code) {
    }

    record GivenJson(long consentId, long dossierId, long citizenId) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Xin sự đồng ý của công dân: gửi mã một lần tới điện thoại / e-mail của công dân / ask the "
            + "citizen's consent: a one-time code goes to the citizen's own phone or e-mail")
    RequestedJson request(@RequestBody ConsentJson body, CurrentUser agent) {
        ConsentDesk.Requested r = desk.request(agent, new ConsentDesk.ConsentRequest(body.idNumber(), body.fullName(),
                body.phone(), body.procedureId(), body.agencyCode()));
        return new RequestedJson(r.consentId(), r.channel(), r.sentTo(), r.expiresAt());
    }

    @PostMapping("/{id}/confirm")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Xác nhận bằng mã công dân đọc lại; tạo hồ sơ nháp của công dân / confirm with the code the "
            + "citizen reads out; starts the citizen's draft")
    GivenJson confirm(@PathVariable long id, @RequestBody CodeJson body, CurrentUser agent) {
        ConsentDesk.Given given = desk.confirm(agent, id, body.code());
        return new GivenJson(given.consentId(), given.dossier().id(), given.dossier().applicantId());
    }
}
