package vn.opendvc.assistance.web;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.opendvc.agency.Agency;
import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.assistance.internal.AgentFees;
import vn.opendvc.assistance.internal.ConsentLog;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.catalog.ProcedureQuery;
import vn.opendvc.identity.Accounts;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.PersonalIdNumber;
import vn.opendvc.web.Message;

/**
 * The agent's desk page as the desk's controllers show it again (the consent by code and the consent on a signed
 * slip): the procedure search or the chosen procedure with its agencies, the forms as typed with their errors, and the
 * agent's recent consents.
 */
@Component
class DeskView {

    static final int RECENT = 20;

    private final ConsentLog log;
    private final ProcedureCatalog catalog;
    private final AgencyDirectory agencies;
    private final Accounts accounts;
    private final Clock clock;
    private final AgentFees fees;

    DeskView(ConsentLog log, ProcedureCatalog catalog, AgencyDirectory agencies, Accounts accounts, Clock clock,
            AgentFees fees) {
        this.log = log;
        this.catalog = catalog;
        this.agencies = agencies;
        this.accounts = accounts;
        this.clock = clock;
        this.fees = fees;
    }

    /**
     * One line of the agent's recent consents; the citizen only by the last digits of the ID number; the agent's
     * service fee once the dossier exists; whether a signed slip's scan is kept.
     */
    record Recent(long id, String citizen, String procedureName, Instant createdAt, ConsentLog.State state,
            Long dossierId, AgentFees.Fee fee, boolean signedSlip) {
    }

    /** What the page refuses before asking the desk: an ID number that is not 12 digits, an agency not of the kind. */
    Map<String, Message> errors(ConsentForm form, Procedure procedure) {
        Map<String, Message> errors = new LinkedHashMap<>();
        if (PersonalIdNumber.normalize(form.idNumber()).isEmpty()) {
            errors.put("idNumber", Message.of("assistance.page.invalid.idNumber"));
        }
        if (procedure == null || agencies.ofKind(procedure.agencyKind()).stream().map(Agency::code)
                .noneMatch(code -> code.equals(form.agencyCode()))) {
            errors.put("agencyCode", Message.of("assistance.invalid.procedure"));
        }
        return errors;
    }

    /** The desk; the slip's form as typed and its errors when the model has them already. */
    String desk(CurrentUser agent, String q, Procedure procedure, ConsentForm form, Map<String, Message> errors,
            Model model) {
        if (procedure == null && q != null && !q.isBlank()) {
            model.addAttribute("results", catalog.search(
                    new ProcedureQuery(q.strip(), null, null, null, null, true, 0, RECENT)).items());
        }
        model.addAttribute("q", q);
        model.addAttribute("procedure", procedure);
        model.addAttribute("agencies", procedure == null ? List.of() : agencies.ofKind(procedure.agencyKind()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("slipForm")) {
            model.addAttribute("slipForm", ConsentForm.empty(procedure == null ? null : procedure.id()));
            model.addAttribute("slipErrors", Map.of());
        }
        Instant now = clock.instant();
        List<ConsentLog.Consent> recent = log.recent(agent, RECENT);
        Map<Long, AgentFees.Fee> fee = fees.ofDossiers(agent,
                recent.stream().map(ConsentLog.Consent::dossierId).filter(Objects::nonNull).toList());
        model.addAttribute("recent", recent.stream()
                .map(c -> new Recent(c.id(), maskedCitizen(c.citizenId()), procedureName(c.procedureId()),
                        c.createdAt(), c.state(now), c.dossierId(),
                        c.dossierId() == null ? null : fee.get(c.dossierId()), c.signedSlip()))
                .toList());
        return "assistance/desk";
    }

    String code(ConsentLog.Consent consent, Map<String, Message> errors, Model model) {
        model.addAttribute("consent", consent);
        model.addAttribute("state", consent.state(clock.instant()));
        model.addAttribute("citizen", maskedCitizen(consent.citizenId()));
        model.addAttribute("procedureName", procedureName(consent.procedureId()));
        model.addAttribute("errors", errors);
        return "assistance/code";
    }

    Optional<Procedure> configured(long id) {
        return catalog.find(id).filter(Procedure::configured);
    }

    private String procedureName(long id) {
        return catalog.find(id).map(Procedure::name).orElse("");
    }

    /** {@code ••••••••4567}: enough for the agent to tell the citizens apart, no more. */
    private String maskedCitizen(long citizenId) {
        String number = accounts.find(citizenId).map(CurrentUser::personalId).orElse("");
        return number.length() < 4 ? "" : "•".repeat(number.length() - 4) + number.substring(number.length() - 4);
    }
}
