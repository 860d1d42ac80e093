package vn.opendvc.dossier.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.agency.Agency;
import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.DossierProblem;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.Dossiers.NewDossier;
import vn.opendvc.identity.AccountKind;
import vn.opendvc.identity.Accounts;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.PhoneNumber;
import vn.opendvc.identity.Role;

/**
 * Drafts: who may start one for which agency and channel, and the form as far as it is filled in. An applicant
 * drafts online for themselves; a RECEIVER registers counter and post dossiers of their own agency; a post-office
 * agent drafts for an applicant they name.
 */
@Component
class Drafting {

    private final DossierStore store;
    private final DossierAccess access;
    private final ProcedureCatalog catalog;
    private final AgencyDirectory agencies;
    private final Accounts accounts;
    private final Clock clock;

    Drafting(DossierStore store, DossierAccess access, ProcedureCatalog catalog, AgencyDirectory agencies,
            Accounts accounts, Clock clock) {
        this.store = store;
        this.access = access;
        this.catalog = catalog;
        this.agencies = agencies;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** @return the new draft's id */
    @Transactional
    long create(CurrentUser by, NewDossier request) {
        Map<String, String> errors = new LinkedHashMap<>();
        Procedure procedure = catalog.find(request.procedureId()).orElse(null);
        if (procedure == null) {
            throw DossierProblem.invalid("Không có thủ tục " + request.procedureId(),
                    Map.of("procedureId", "Không có thủ tục này / unknown procedure"));
        }
        if (!procedure.configured()) {
            throw DossierProblem.invalid("Thủ tục chưa được cấu hình để nộp trực tuyến / procedure not open for submission",
                    Map.of("procedureId", "Thủ tục chưa được cấu hình để nộp trực tuyến"));
        }
        Agency agency = request.agencyCode() == null ? null : agencies.find(request.agencyCode()).orElse(null);
        if (agency == null) {
            errors.put("agencyCode", "Hãy chọn cơ quan tiếp nhận / choose the receiving agency");
        } else if (!agency.kind().equals(procedure.agencyKind())) {
            errors.put("agencyCode", "Cơ quan này không tiếp nhận thủ tục này / this agency does not receive it");
        }
        Channel channel = request.channel() == null ? Channel.ONLINE : request.channel();
        Applicant applicant = applicant(by, request, agency, channel, errors);
        FormValidator.Result form = FormValidator.check(procedure.formFields(), request.formData(), false);
        errors.putAll(form.errors());
        if (!errors.isEmpty()) {
            throw DossierProblem.invalid("Hồ sơ có thông tin chưa hợp lệ / some information is invalid", errors);
        }
        return store.insertDraft(new DossierStore.Row(0, null, procedure.id(), procedure.name(), agency.code(),
                channel, DossierStatus.DRAFT, applicant.id(), applicant.name(), applicant.phone(), by.accountId(),
                form.values(), BigDecimal.valueOf(procedure.processingDays()), null, 1, clock.instant(),
                null, null, null, null, null, null, 0));
    }

    @Transactional
    void update(CurrentUser by, long id, Map<String, String> formData) {
        DossierStore.Row row = access.visible(by, id);
        DossierAccess.requireApplicant(by, row, "sửa");
        if (row.status() != DossierStatus.DRAFT) {
            throw DossierProblem.illegalTransition("Chỉ sửa được hồ sơ nháp / only a draft can be edited");
        }
        FormValidator.Result form = FormValidator.check(catalog.find(row.procedureId()).orElseThrow().formFields(),
                formData, false);
        if (!form.ok()) {
            throw DossierProblem.invalid("Hồ sơ có thông tin chưa hợp lệ / some information is invalid", form.errors());
        }
        store.update(new DossierStore.Row.Builder(row).formData(form.values()).build(), row.version());
    }

    /** Who the dossier is for; {@code id} is {@code null} when an officer or an agent registers it. */
    private record Applicant(Long id, String name, String phone) {
    }

    private Applicant applicant(CurrentUser by, NewDossier request, Agency agency, Channel channel,
            Map<String, String> errors) {
        if (by.kind() == AccountKind.CITIZEN || by.kind() == AccountKind.BUSINESS) {
            if (channel != Channel.ONLINE) {
                errors.put("channel", "Công dân, doanh nghiệp nộp trực tuyến / applicants submit online");
            }
            return new Applicant(by.accountId(), by.displayName(),
                    accounts.profile(by.accountId()).orElseThrow().phone());
        }
        boolean receiver = by.hasRole(Role.RECEIVER) && agency != null && by.worksAt(agency.code())
                && channel != Channel.ONLINE;
        if (!receiver && !by.hasRole(Role.AGENT)) {
            throw DossierProblem.forbidden("Tài khoản này không nộp hồ sơ cho cơ quan này / not allowed to register "
                    + "dossiers here");
        }
        String name = request.applicantName() == null ? "" : request.applicantName().strip();
        String phone = PhoneNumber.normalize(request.applicantPhone()).orElse(null);
        if (name.isEmpty() || name.length() > 200) {
            errors.put("applicantName", "Nhập họ tên người nộp / applicant's name required");
        }
        if (phone == null) {
            errors.put("applicantPhone", "Số điện thoại không hợp lệ (ví dụ 0905123456) / invalid phone number");
        }
        return new Applicant(null, name, phone);
    }
}
