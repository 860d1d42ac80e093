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
import vn.opendvc.web.Message;

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
        return create(by, request, null);
    }

    /**
     * A draft an agent starts for a citizen whose consent was recorded: the citizen is the applicant, the channel
     * is {@link Channel#ASSISTED}, the agent who created it may fill it in and submit it.
     *
     * @return the new draft's id
     */
    @Transactional
    long createFor(CurrentUser agent, long citizenAccountId, NewDossier request) {
        if (!agent.hasRole(Role.AGENT)) {
            throw DossierProblem.forbidden(Message.of("dossier.refused.register"));
        }
        CurrentUser citizen = accounts.find(citizenAccountId).filter(u -> !u.isOfficer())
                .orElseThrow(() -> DossierProblem.invalid(Message.of("dossier.invalid.assisted-citizen"),
                        Map.of("citizen", Message.of("dossier.invalid.assisted-citizen"))));
        String phone = accounts.profile(citizenAccountId).map(p -> p.phone()).orElse(null);
        return create(agent, request, new Applicant(citizen.accountId(), citizen.displayName(), phone));
    }

    /**
     * A member dossier of a connected procedure's dossier: a draft of the same applicant, channel and creator, at
     * the agency that handles the member; an ordinary dossier from then on.
     *
     * @return the new draft's id
     */
    @Transactional
    long createMember(long parentId, NewDossier request) {
        DossierStore.Row parent = store.row(parentId).orElseThrow(() -> DossierProblem.notFound(parentId));
        CurrentUser creator = accounts.find(parent.createdBy()).orElseThrow();
        long id = create(creator, new NewDossier(request.procedureId(), request.agencyCode(), request.formData(),
                parent.channel(), parent.applicantName(), parent.applicantPhone()),
                new Applicant(parent.applicantId(), parent.applicantName(), parent.applicantPhone()),
                parent.channel());
        store.parent(id, parentId);
        return id;
    }

    private long create(CurrentUser by, NewDossier request, Applicant onBehalfOf) {
        return create(by, request, onBehalfOf, onBehalfOf == null ? null : Channel.ASSISTED);
    }

    /** @param channel the channel decided by the caller, {@code null} to take the request's */
    private long create(CurrentUser by, NewDossier request, Applicant onBehalfOf, Channel channel) {
        Map<String, Message> errors = new LinkedHashMap<>();
        Procedure procedure = catalog.find(request.procedureId()).orElse(null);
        if (procedure == null) {
            throw DossierProblem.invalid(Message.of("dossier.invalid.unknown-procedure", request.procedureId()),
                    Map.of("procedureId", Message.of("dossier.invalid.procedure")));
        }
        if (!procedure.configured()) {
            throw DossierProblem.invalid(Message.of("dossier.invalid.not-configured"),
                    Map.of("procedureId", Message.of("dossier.invalid.not-configured")));
        }
        Agency agency = request.agencyCode() == null ? null : agencies.find(request.agencyCode()).orElse(null);
        if (agency == null) {
            errors.put("agencyCode", Message.of("dossier.invalid.agency-required"));
        } else if (!agency.kind().equals(procedure.agencyKind())) {
            errors.put("agencyCode", Message.of("dossier.invalid.agency-kind"));
        }
        channel = channel != null ? channel : request.channel() == null ? Channel.ONLINE : request.channel();
        if (onBehalfOf == null && channel == Channel.ASSISTED) {
            errors.put("channel", Message.of("dossier.invalid.channel"));
        }
        Applicant applicant = onBehalfOf != null ? onBehalfOf : applicant(by, request, agency, channel, errors);
        FormValidator.Result form = FormValidator.check(procedure.formFields(), request.formData(), false);
        errors.putAll(form.errors());
        if (!errors.isEmpty()) {
            throw DossierProblem.invalid(Message.of("dossier.invalid.form"), errors);
        }
        return store.insertDraft(new DossierStore.Row(0, null, procedure.id(), procedure.name(), agency.code(),
                channel, DossierStatus.DRAFT, applicant.id(), applicant.name(), applicant.phone(), by.accountId(),
                form.values(), BigDecimal.valueOf(procedure.processingDays()), null, 1, clock.instant(),
                null, null, null, null, null, null, 0));
    }

    @Transactional
    void update(CurrentUser by, long id, Map<String, String> formData) {
        DossierStore.Row row = access.visible(by, id);
        DossierAccess.requireApplicant(by, row, "edit");
        if (row.status() != DossierStatus.DRAFT) {
            throw DossierProblem.illegalTransition(Message.of("dossier.refused.draft-only"));
        }
        FormValidator.Result form = FormValidator.check(catalog.find(row.procedureId()).orElseThrow().formFields(),
                formData, false);
        if (!form.ok()) {
            throw DossierProblem.invalid(Message.of("dossier.invalid.form"), form.errors());
        }
        store.update(new DossierStore.Row.Builder(row).formData(form.values()).build(), row.version());
    }

    /** Who the dossier is for; {@code id} is {@code null} when an officer or an agent registers it. */
    private record Applicant(Long id, String name, String phone) {
    }

    private Applicant applicant(CurrentUser by, NewDossier request, Agency agency, Channel channel,
            Map<String, Message> errors) {
        if (by.kind() == AccountKind.CITIZEN || by.kind() == AccountKind.BUSINESS) {
            if (channel != Channel.ONLINE) {
                errors.put("channel", Message.of("dossier.invalid.channel"));
            }
            return new Applicant(by.accountId(), by.displayName(),
                    accounts.profile(by.accountId()).orElseThrow().phone());
        }
        boolean receiver = by.hasRole(Role.RECEIVER) && agency != null && by.worksAt(agency.code())
                && channel != Channel.ONLINE;
        if (!receiver && !by.hasRole(Role.AGENT)) {
            throw DossierProblem.forbidden(Message.of("dossier.refused.register"));
        }
        String name = request.applicantName() == null ? "" : request.applicantName().strip();
        String phone = PhoneNumber.normalize(request.applicantPhone()).orElse(null);
        if (name.isEmpty() || name.length() > 200) {
            errors.put("applicantName", Message.of("dossier.invalid.applicant-name"));
        }
        if (phone == null) {
            errors.put("applicantPhone", Message.of("dossier.invalid.applicant-phone"));
        }
        return new Applicant(null, name, phone);
    }
}
