package vn.opendvc.dossier.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.dossier.DossierFile;
import vn.opendvc.dossier.DossierProblem;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.DossierTransitions.Transition;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.web.Message;

/**
 * Submitting a draft: the form complete, every required document attached (online), then the table's SUBMIT row
 * numbers the dossier and quotes its fee.
 */
@Component
class Submission {

    private final DossierAccess access;
    private final DossierStore store;
    private final ProcedureCatalog catalog;
    private final TransitionFacts table;
    private final TransitionApplier applier;
    private final PreSubmissionCheck check;

    Submission(DossierAccess access, DossierStore store, ProcedureCatalog catalog, TransitionFacts table,
            TransitionApplier applier, PreSubmissionCheck check) {
        this.check = check;
        this.access = access;
        this.store = store;
        this.catalog = catalog;
        this.table = table;
        this.applier = applier;
    }

    @Transactional
    Dossier submit(CurrentUser by, long id) {
        DossierStore.Row row = access.visibleForUpdate(by, id);
        Procedure procedure = catalog.find(row.procedureId()).orElseThrow();
        List<String> attached = row.channel().throughPortal() && row.status() == DossierStatus.DRAFT
                ? store.files(id).stream().filter(f -> f.kind() == DossierFile.Kind.DOCUMENT)
                        .map(DossierFile::document).toList()
                : null;
        // the same findings as the form page and POST /api/v1/procedures/{id}/check: one rule set
        Map<String, Message> errors = new LinkedHashMap<>();
        check.beforeSubmission(procedure, row.formData(), attached, row.applicantId(), row.id())
                .forEach(finding -> errors.putIfAbsent(finding.field(), finding.message()));
        Transition transition = table.allowed(by, row, DossierAction.SUBMIT);
        if (!errors.isEmpty()) {
            throw DossierProblem.invalid(Message.of("dossier.invalid.incomplete"), errors);
        }
        return applier.apply(by, transition, row, ActionInput.none(null), null);
    }
}
