package vn.opendvc.dossier;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.opendvc.identity.CurrentUser;
import vn.opendvc.payment.PaymentStarted;

/**
 * Submitting and processing dossiers. Every call checks, on the server, that {@code by} may see the dossier: its
 * applicant (or whoever registered it for them) and the officers of its agency; anyone else gets "not found".
 */
public interface Dossiers {

    /**
     * A new draft.
     *
     * @param channel          {@code ONLINE} for the applicant (or a post-office agent); a RECEIVER registers
     *                         {@code COUNTER} and {@code POST} dossiers of their own agency
     * @param applicantName    required when an officer or agent registers the dossier, ignored otherwise
     * @param applicantPhone   required when an officer or agent registers the dossier, ignored otherwise
     */
    record NewDossier(long procedureId, String agencyCode, Map<String, String> formData, Channel channel,
            String applicantName, String applicantPhone) {
    }

    /** A file as uploaded. */
    record Upload(String fileName, byte[] content) {
    }

    /**
     * An action on a dossier.
     *
     * @param version  the version the actor saw; a stale version means someone else acted first (409)
     * @param missing  for a supplement request or a refusal: everything missing or wrong, one item each
     * @param newDueAt for an apology: the new promised date
     * @param result   for completing: the result file (optional: a result document is generated otherwise)
     */
    record ActionRequest(DossierAction action, String note, Integer version, List<String> missing, Instant newDueAt,
            Upload result) {

        public static ActionRequest of(DossierAction action, String note) {
            return new ActionRequest(action, note, null, List.of(), null, null);
        }
    }

    /** What the public lookup reveals: only the status, and only to someone who knows code and phone. */
    record LookupResult(String code, String procedureName, DossierStatus status, Instant dueAt) {
    }

    /** A stored file's bytes. */
    record FileContent(DossierFile file, InputStream content) {
    }

    Dossier createDraft(CurrentUser by, NewDossier request);

    /**
     * {@link #createDraft(CurrentUser, NewDossier)} once per {@code idempotencyKey} of {@code by}: the same key and
     * request again (even concurrently, or on another node after the first call committed) return the first call's
     * dossier as it is now; the same key with another request is a 409 {@code idempotency-key-reused}.
     *
     * @param idempotencyKey 1–100 printable ASCII characters, or {@code null} for a call without one
     */
    Dossier createDraft(CurrentUser by, NewDossier request, String idempotencyKey);

    /**
     * A new draft for a citizen, started by a post-office agent or a community helper ({@code AGENT}) once the
     * citizen's consent is recorded (call it only then: the assistance module does). The dossier is the citizen's
     * (in their account, they are told, they pay and follow it), on the {@link Channel#ASSISTED} channel; the agent
     * fills it in, attaches the scans and submits it. The request's channel and applicant fields are ignored.
     */
    Dossier createDraftFor(CurrentUser agent, long citizenAccountId, NewDossier request);

    /**
     * A member dossier of a connected procedure (liên thông), for the module that coordinates them: a draft of the
     * parent dossier's applicant (same channel, same creator) at {@code request}'s agency, which the applicant then
     * fills, attaches and submits like any draft. The parent is processed by no officer once it has members.
     *
     * @throws DossierProblem 400 for a procedure or agency the draft cannot have, as for any draft
     */
    Dossier createMember(long parentId, NewDossier request);

    Dossier updateDraft(CurrentUser by, long id, Map<String, String> formData);

    /** Attaches an uploaded file to a required document of a draft (or of a dossier waiting for a supplement). */
    default Dossier attach(CurrentUser by, long id, String document, Upload upload) {
        return attach(by, id, document, upload, false);
    }

    /**
     * @param keepInStore also keep the file in the applicant's document store, reusable in later dossiers
     */
    Dossier attach(CurrentUser by, long id, String document, Upload upload, boolean keepInStore);

    /** Attaches a document from the applicant's document store instead of uploading it again. */
    Dossier attachFromStore(CurrentUser by, long id, String document, long storeDocumentId);

    Dossier submit(CurrentUser by, long id);

    /**
     * {@link #submit(CurrentUser, long)} once per {@code idempotencyKey} of {@code by}: submitting again under the
     * same key returns the submitted dossier as it is now instead of a 409 for a dossier no longer a draft.
     *
     * @param idempotencyKey 1–100 printable ASCII characters, or {@code null} for a call without one
     */
    Dossier submit(CurrentUser by, long id, String idempotencyKey);

    Dossier act(CurrentUser by, long id, ActionRequest request);

    Optional<Dossier> find(CurrentUser by, long id);

    /**
     * The dossier with this code (the one printed on the receipt), when {@code by} may see it: its applicant, whoever
     * registered it, an officer of its agency. Empty otherwise, as if the code did not exist.
     */
    Optional<Dossier> findByCode(CurrentUser by, String code);

    /**
     * What submission would refuse, asked beforehand: the form's field checks, the required documents not among
     * {@code documents} (when given), and the procedure's rules (an open dossier of the same procedure counted for
     * {@code by}, {@code dossierId} excepted).
     *
     * @throws DossierProblem 404 for an unknown procedure
     */
    List<CheckFinding> check(CurrentUser by, long procedureId, Map<String, String> form, List<String> documents,
            Long dossierId);

    /** The dossiers {@code by} applied for (or registered), newest first. */
    List<Dossier> mine(CurrentUser by);

    /** The officer's queue: dossiers of their agency waiting for one of their roles, earliest due first. */
    List<DossierQueueItem> queue(CurrentUser officer);

    Optional<LookupResult> lookup(String code, String phoneLast4);

    FileContent file(CurrentUser by, long dossierId, long fileId);

    /** The dossier's result (the latest), if one was issued. */
    Optional<FileContent> result(CurrentUser by, long dossierId);

    /**
     * Starts the online payment of the dossier's fee (the amount quoted at submission) for its applicant.
     *
     * @param idempotencyKey the same key with the same request gives the same answer (no second payment)
     */
    PaymentStarted startPayment(CurrentUser by, long id, String idempotencyKey, String clientIp);

    /**
     * Moves a dossier waiting for its fee (status 6) on once the payment is confirmed; nothing happens when it
     * was paid before reception or has moved on already.
     */
    Optional<Dossier> confirmPayment(long dossierId, String note);

    /** The actions {@code by} may take on the dossier now (for buttons); {@code dossier} as just loaded. */
    List<DossierAction> actionsFor(CurrentUser by, Dossier dossier);

    /**
     * Moves a done dossier (status 9) to result returned (status 10) once the postal carrier confirmed it handed the
     * result to the applicant; the history names the carrier and keeps {@code proofNote} (who received it, when, the
     * carrier's photo or signature). Nothing happens when the dossier is not done (delivered at the counter already,
     * for instance).
     */
    Optional<Dossier> confirmPostalDelivery(long dossierId, String proofNote);
}
