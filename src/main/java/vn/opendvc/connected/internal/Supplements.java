package vn.opendvc.connected.internal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.catalog.Composition;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.dossier.DossierProblem;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.web.Message;

/**
 * The applicant answers a supplement request once, on the connected procedure: each file goes to every member
 * waiting for a supplement that asks for that document (by the member's own document name or the connected
 * procedure's), then every waiting member is resubmitted to its agency. All or nothing.
 */
@Component
public class Supplements {

    /** A file for a document of the connected procedure or of one of its members. */
    public record SupplementFile(String document, Dossiers.Upload upload) {
    }

    private final Dossiers dossiers;
    private final SubmittedCompositions compositions;
    private final ProcedureCatalog catalog;

    Supplements(Dossiers dossiers, SubmittedCompositions compositions, ProcedureCatalog catalog) {
        this.dossiers = dossiers;
        this.compositions = compositions;
        this.catalog = catalog;
    }

    /** @return the members resubmitted */
    @Transactional
    public List<Dossier> answer(CurrentUser by, long parentId, List<SupplementFile> files, String note) {
        Dossier parent = dossiers.find(by, parentId).orElseThrow(() -> DossierProblem.notFound(parentId));
        Composition composition = compositions.of(parent)
                .orElseThrow(() -> DossierProblem.notFound(parentId));
        List<Dossier> waiting = parent.children().stream()
                .filter(c -> c.status() == DossierStatus.SUPPLEMENT_REQUESTED)
                .map(c -> dossiers.find(by, c.id()).orElseThrow()).toList();
        if (waiting.isEmpty()) {
            throw DossierProblem.illegalTransition(Message.of("connected.refused.no-supplement"));
        }
        for (SupplementFile file : files) {
            boolean used = false;
            for (Dossier member : waiting) {
                String document = documentOf(composition, member, file.document());
                if (document != null) {
                    dossiers.attach(by, member.id(), document, file.upload());
                    used = true;
                }
            }
            if (!used) {
                throw DossierProblem.invalid(Message.of("connected.invalid.supplement-document"),
                        Map.of("document", Message.of("connected.invalid.supplement-document")));
            }
        }
        return waiting.stream().map(member -> dossiers.act(by, member.id(),
                Dossiers.ActionRequest.of(DossierAction.RESUBMIT, note))).toList();
    }

    /** The member's document a file answers: its own document of that name, or the one taken from it. */
    private String documentOf(Composition composition, Dossier member, String document) {
        boolean own = catalog.find(member.procedureId()).orElseThrow().documents().stream()
                .anyMatch(d -> d.name().equals(document));
        if (own) {
            return document;
        }
        return composition.members().stream().filter(m -> m.procedureId() == member.procedureId())
                .flatMap(m -> m.documents().entrySet().stream()).filter(e -> e.getValue().equals(document))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
