package vn.opendvc.connected.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.opendvc.catalog.Composition;
import vn.opendvc.catalog.ConnectedProcedures;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.dossier.DossierFacts;
import vn.opendvc.dossier.DossierFile;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.DossierStatusChanged;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.CurrentUser;

/**
 * The citizen submitted a connected procedure: one member dossier per member, at the agency that handles it, with
 * the member's fields and documents taken from the one form and the one set of documents; the members that depend on
 * no other are submitted to their agencies at once, the others wait for the results they need. The composition is
 * kept as it is now ({@link SubmittedCompositions}): the dossier follows it to the end whatever an ADMIN changes later.
 * Runs inside the submission's transaction: the submission and its members are kept together or not at all.
 */
@Component
class MemberStart {

    private final ConnectedProcedures connected;
    private final ProcedureCatalog catalog;
    private final Dossiers dossiers;
    private final DossierFacts facts;
    private final MemberAgencies agencies;
    private final MemberStore members;
    private final ActingApplicant applicants;
    private final SubmittedCompositions submitted;
    private final Clock clock;

    MemberStart(ConnectedProcedures connected, ProcedureCatalog catalog, Dossiers dossiers, DossierFacts facts,
            MemberAgencies agencies, MemberStore members, ActingApplicant applicants, SubmittedCompositions submitted,
            Clock clock) {
        this.submitted = submitted;
        this.connected = connected;
        this.catalog = catalog;
        this.dossiers = dossiers;
        this.facts = facts;
        this.agencies = agencies;
        this.members = members;
        this.applicants = applicants;
        this.clock = clock;
    }

    @EventListener
    void on(DossierStatusChanged e) {
        if (e.action() != DossierAction.SUBMIT || e.from() != DossierStatus.DRAFT) {
            return;
        }
        connected.of(e.procedureId()).ifPresent(composition -> start(composition, e.dossierId()));
    }

    private void start(Composition composition, long parentId) {
        Dossier parent = facts.dossier(parentId).orElseThrow();
        CurrentUser applicant = applicants.of(parent);
        submitted.keep(parentId, composition, clock.instant());
        int position = 0;
        for (Composition.Member member : composition.members()) {
            Procedure procedure = catalog.find(member.procedureId()).orElseThrow();
            String agency = agencies.resolve(parent.agencyCode(), member.agencyKind());
            Dossier child = dossiers.createMember(parentId, new Dossiers.NewDossier(procedure.id(), agency,
                    form(member, procedure, parent.formData()), null, null, null));
            attachDocuments(applicant, parent, member, child.id());
            members.insert(parentId, member.code(), ++position, child.id(), agency);
            if (member.startsAtSubmission()) {
                dossiers.submit(applicant, child.id());
                members.started(child.id(), null, clock.instant());
            }
        }
    }

    /** The member's fields from the one form: a field of the same key, or the one the composition names. */
    static Map<String, String> form(Composition.Member member, Procedure procedure, Map<String, String> declared) {
        Map<String, String> form = new LinkedHashMap<>();
        for (Procedure.FormField field : procedure.formFields()) {
            String value = declared.get(member.fields().getOrDefault(field.key(), field.key()));
            if (value != null && !value.isBlank()) {
                form.put(field.key(), value);
            }
        }
        return form;
    }

    /** A document uploaded once on the connected procedure goes to every member that needs it. */
    private void attachDocuments(CurrentUser applicant, Dossier parent, Composition.Member member, long childId) {
        for (Map.Entry<String, String> wanted : member.documents().entrySet()) {
            List<DossierFile> files = parent.files().stream()
                    .filter(f -> f.kind() == DossierFile.Kind.DOCUMENT && wanted.getValue().equals(f.document()))
                    .toList();
            for (DossierFile file : files) {
                dossiers.attach(applicant, childId, wanted.getKey(),
                        new Dossiers.Upload(file.fileName(), bytes(applicant, parent.id(), file.id())));
            }
        }
    }

    private byte[] bytes(CurrentUser applicant, long dossierId, long fileId) {
        try (InputStream in = dossiers.file(applicant, dossierId, fileId).content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
