package vn.opendvc.dossier.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.opendvc.catalog.CheckRule;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.dossier.CheckFinding;
import vn.opendvc.catalog.ProcedureChecks;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.web.VietnamTime;

/**
 * The one pre-submission check of a dossier: the procedure's rules ({@link ProcedureChecks}) over the form, the
 * documents and the applicant's other open dossiers of the procedure, as of today in Vietnam. Submission refuses on
 * its findings; the form page and {@code POST /api/v1/procedures/{id}/check} show the same findings beforehand.
 */
@Component
class PreSubmissionCheck {

    /** Submitted and not finished: a second dossier of the same procedure would be a duplicate. */
    private static final Set<DossierStatus> OPEN = EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.RECEIVED,
            DossierStatus.PROCESSING, DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.PAYMENT_REQUIRED);

    private final ProcedureChecks checks;
    private final DossierStore store;
    private final Clock clock;

    PreSubmissionCheck(ProcedureChecks checks, DossierStore store, Clock clock) {
        this.checks = checks;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Everything submission refuses on, in one list: the form's field checks (rule {@code form}), the required
     * documents not attached (rule {@code documents}, only when {@code documents} is given), then — once the form is
     * readable — the procedure's rules.
     */
    List<CheckFinding> beforeSubmission(Procedure procedure, Map<String, String> form,
            Collection<String> documents, Long applicantId, Long dossierId) {
        FormValidator.Result checked = FormValidator.check(procedure.formFields(), form, true);
        List<CheckFinding> findings = new java.util.ArrayList<>();
        checked.errors().forEach((field, message) -> findings.add(new CheckFinding(field, "form",
                message)));
        if (documents != null) {
            List<String> missing = procedure.documents().stream().filter(Procedure.RequiredDocument::required)
                    .map(Procedure.RequiredDocument::name).filter(name -> !documents.contains(name)).toList();
            if (!missing.isEmpty()) {
                findings.add(new CheckFinding("documents", "documents",
                        vn.opendvc.web.Message.of("dossier.invalid.missing-documents", String.join("; ", missing))));
            }
        }
        if (checked.errors().isEmpty()) {
            findings.addAll(check(procedure, checked.values(), documents == null ? List.of() : documents,
                    applicantId, dossierId));
        }
        return findings;
    }

    /**
     * @param applicantId the applicant, {@code null} when unknown (an anonymous check: no open-dossier rule)
     * @param dossierId   the dossier being checked, not counted as another open one; {@code null} before a draft
     */
    List<CheckFinding> check(Procedure procedure, Map<String, String> form,
            Collection<String> documents, Long applicantId, Long dossierId) {
        List<CheckRule> rules = checks.rules(procedure.id());
        // asked of the database only when a rule needs it: the check runs on every draft page
        boolean otherOpen = applicantId != null
                && rules.stream().anyMatch(rule -> rule.kind() == CheckRule.Kind.NO_OPEN_DOSSIER)
                && store.hasOpen(applicantId, procedure.id(), OPEN, dossierId);
        LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        return PreSubmissionRules.check(rules, new PreSubmissionRules.Facts(procedure, form, documents, today,
                otherOpen));
    }
}
