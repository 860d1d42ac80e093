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

    Submission(DossierAccess access, DossierStore store, ProcedureCatalog catalog, TransitionFacts table,
            TransitionApplier applier) {
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
        FormValidator.Result form = FormValidator.check(procedure.formFields(), row.formData(), true);
        Map<String, Message> errors = new LinkedHashMap<>(form.errors());
        if (row.channel().throughPortal() && row.status() == DossierStatus.DRAFT) {
            List<String> attached = store.files(id).stream().filter(f -> f.kind() == DossierFile.Kind.DOCUMENT)
                    .map(DossierFile::document).toList();
            List<String> missing = procedure.documents().stream().filter(Procedure.RequiredDocument::required)
                    .map(Procedure.RequiredDocument::name).filter(name -> !attached.contains(name)).toList();
            if (!missing.isEmpty()) {
                errors.put("documents", Message.of("dossier.invalid.missing-documents", String.join("; ", missing)));
            }
        }
        Transition transition = table.allowed(by, row, DossierAction.SUBMIT);
        if (!errors.isEmpty()) {
            throw DossierProblem.invalid(Message.of("dossier.invalid.incomplete"), errors);
        }
        return applier.apply(by, transition, row, ActionInput.none(null), null);
    }
}
