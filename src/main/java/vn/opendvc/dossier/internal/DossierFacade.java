package vn.opendvc.dossier.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.dossier.CheckFinding;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.dossier.DossierQueueItem;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.payment.PaymentStarted;

/** The module's API as one type for its callers; each call is a use case of its own class. */
@Service
class DossierFacade implements Dossiers {

    private final Drafting drafting;
    private final Attachments attachments;
    private final Submission submission;
    private final Processing processing;
    private final PaymentHandOff payment;
    private final DossierQueries queries;
    private final DossierLoader loader;
    private final PostalDeliveryConfirmation postalDelivery;
    private final PreSubmissionCheck preSubmission;
    private final ProcedureCatalog catalog;
    private final IdempotencyKeys keys;

    DossierFacade(Drafting drafting, Attachments attachments, Submission submission, Processing processing,
            PaymentHandOff payment, DossierQueries queries, DossierLoader loader,
            PostalDeliveryConfirmation postalDelivery, PreSubmissionCheck preSubmission, ProcedureCatalog catalog,
            IdempotencyKeys keys) {
        this.keys = keys;
        this.preSubmission = preSubmission;
        this.catalog = catalog;
        this.drafting = drafting;
        this.attachments = attachments;
        this.submission = submission;
        this.processing = processing;
        this.payment = payment;
        this.queries = queries;
        this.loader = loader;
        this.postalDelivery = postalDelivery;
    }

    @Override
    public Dossier createDraft(CurrentUser by, NewDossier request) {
        return loader.load(drafting.create(by, request));
    }

    @Override
    public Dossier createDraft(CurrentUser by, NewDossier request, String idempotencyKey) {
        return keys.once(by, idempotencyKey, keys.creating(request), () -> createDraft(by, request));
    }

    @Override
    public Dossier createDraftFor(CurrentUser agent, long citizenAccountId, NewDossier request) {
        return loader.load(drafting.createFor(agent, citizenAccountId, request));
    }

    @Override
    public Dossier createMember(long parentId, NewDossier request) {
        return loader.load(drafting.createMember(parentId, request));
    }

    @Override
    public Dossier updateDraft(CurrentUser by, long id, Map<String, String> formData) {
        drafting.update(by, id, formData);
        return loader.load(id);
    }

    @Override
    public Dossier attach(CurrentUser by, long id, String document, Upload upload, boolean keepInStore) {
        attachments.attach(by, id, document, upload, keepInStore);
        return loader.load(id);
    }

    @Override
    public Dossier attachFromStore(CurrentUser by, long id, String document, long storeDocumentId) {
        attachments.attachFromStore(by, id, document, storeDocumentId);
        return loader.load(id);
    }

    @Override
    public Dossier submit(CurrentUser by, long id) {
        return submission.submit(by, id);
    }

    @Override
    public Dossier submit(CurrentUser by, long id, String idempotencyKey) {
        return keys.once(by, idempotencyKey, keys.submitting(id), () -> submit(by, id));
    }

    @Override
    public Dossier act(CurrentUser by, long id, ActionRequest request) {
        return processing.act(by, id, request);
    }

    @Override
    public Optional<Dossier> confirmPayment(long dossierId, String note) {
        return processing.confirmPayment(dossierId, note);
    }

    @Override
    public PaymentStarted startPayment(CurrentUser by, long id, String idempotencyKey, String clientIp) {
        return payment.start(by, id, idempotencyKey, clientIp);
    }

    @Override
    public Optional<Dossier> find(CurrentUser by, long id) {
        return queries.find(by, id);
    }

    @Override
    public List<CheckFinding> check(CurrentUser by, long procedureId, Map<String, String> form,
            List<String> documents, Long dossierId) {
        Procedure procedure = catalog.find(procedureId).filter(Procedure::configured)
                .orElseThrow(() -> vn.opendvc.web.Problems.notFound(vn.opendvc.web.Message.of("catalog.problem.procedure"),
                        procedureId));
        return preSubmission.beforeSubmission(procedure, form == null ? Map.of() : form, documents,
                by == null ? null : by.accountId(), dossierId);
    }

    @Override
    public Optional<Dossier> findByCode(CurrentUser by, String code) {
        return queries.findByCode(by, code);
    }

    @Override
    public List<Dossier> mine(CurrentUser by) {
        return queries.mine(by);
    }

    @Override
    public List<DossierQueueItem> queue(CurrentUser officer) {
        return queries.queue(officer);
    }

    @Override
    public Optional<LookupResult> lookup(String code, String phoneLast4) {
        return queries.lookup(code, phoneLast4);
    }

    @Override
    public FileContent file(CurrentUser by, long dossierId, long fileId) {
        return queries.file(by, dossierId, fileId);
    }

    @Override
    public Optional<FileContent> result(CurrentUser by, long dossierId) {
        return queries.result(by, dossierId);
    }

    @Override
    public List<DossierAction> actionsFor(CurrentUser by, Dossier dossier) {
        return queries.actionsFor(by, dossier);
    }

    @Override
    public Optional<Dossier> confirmPostalDelivery(long dossierId, String proofNote) {
        return postalDelivery.confirm(dossierId, proofNote);
    }
}
