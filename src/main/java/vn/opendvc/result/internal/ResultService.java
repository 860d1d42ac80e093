package vn.opendvc.result.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.files.FileStore;
import vn.opendvc.files.RejectedUpload;
import vn.opendvc.files.Sha256;
import vn.opendvc.files.Uploads;
import vn.opendvc.result.DocumentOrigin;
import vn.opendvc.result.DocumentStoreFull;
import vn.opendvc.result.IssuedResult;
import vn.opendvc.result.ResultIssued;
import vn.opendvc.result.ResultOrigin;
import vn.opendvc.result.ResultRejected;
import vn.opendvc.result.ResultRequest;
import vn.opendvc.result.Results;
import vn.opendvc.result.SignedResultUpload;
import vn.opendvc.result.StoreEntry;
import vn.opendvc.result.StoredDocument;
import vn.opendvc.web.Message;

/** Issues, stores and finds results; keeps the citizens' document store. */
@Service
class ResultService implements Results {

    static final String PDF = "application/pdf";
    private static final String REASON = "Ký số kết quả giải quyết thủ tục hành chính";
    private static final int MAX_NAME = 255;

    private final ResultStore store;
    private final FileStore files;
    private final AgencyKeys keys;
    private final Uploads uploads;
    private final ResultProperties.DocumentStore quota;
    private final ApplicationEventPublisher events;
    private final ResultPdf renderer = new ResultPdf();
    private final PadesSigner signer = new PadesSigner();
    private final SecureRandom random = new SecureRandom();

    ResultService(ResultStore store, FileStore files, AgencyKeys keys, Uploads uploads,
            ResultProperties properties, ApplicationEventPublisher events) {
        this.store = store;
        this.files = files;
        this.keys = keys;
        this.uploads = uploads;
        this.quota = properties.documentStore();
        this.events = events;
    }

    @Override
    @Transactional
    public IssuedResult issue(ResultRequest request) {
        require(request.procedureName(), "procedureName");
        require(request.resultType(), "resultType");
        require(request.agencyCode(), "agencyCode");
        require(request.agencyName(), "agencyName");
        require(request.holderName(), "holderName");
        if (request.issuedAt() == null) {
            throw new ResultRejected(Message.of("result.rejected.required", "issuedAt"));
        }
        String verificationId = newVerificationId();
        String url = store.verificationUrl(verificationId);
        SigningKey key = keys.keyFor(request.agencyCode(), request.agencyName());
        String signerName = ResultPdf.present(request.signerName()) ? request.signerName() : request.agencyName();
        byte[] signed = signer.sign(renderer.render(request, url), key, signerName, REASON, Instant.now());
        IssuedResult result = new IssuedResult(verificationId, url, ResultOrigin.GENERATED, request.reference(),
                request.dossierCode(), request.procedureName(), request.resultType(), request.agencyCode(),
                request.agencyName(), request.holderAccountId(), request.holderName(), request.holderIdNumber(),
                request.signerName(), key.certificate().getSubjectX500Principal().getName(), request.issuedAt(),
                fileName(request.resultType(), request.dossierCode()), signed.length, Sha256.hex(signed), null);
        return save(result, signed);
    }

    @Override
    @Transactional
    public IssuedResult store(SignedResultUpload upload) {
        require(upload.procedureName(), "procedureName");
        require(upload.resultType(), "resultType");
        require(upload.agencyCode(), "agencyCode");
        require(upload.agencyName(), "agencyName");
        require(upload.holderName(), "holderName");
        byte[] pdf = upload.pdf();
        if (pdf == null || pdf.length < 5
                || !"%PDF-".equals(new String(pdf, 0, 5, StandardCharsets.US_ASCII))) {
            throw new ResultRejected(Message.of("result.rejected.not-pdf"));
        }
        String verificationId = newVerificationId();
        String fileName = ResultPdf.present(upload.fileName()) ? truncate(upload.fileName().strip())
                : fileName(upload.resultType(), upload.dossierCode());
        IssuedResult result = new IssuedResult(verificationId, store.verificationUrl(verificationId),
                ResultOrigin.UPLOADED, upload.reference(), upload.dossierCode(), upload.procedureName(),
                upload.resultType(), upload.agencyCode(), upload.agencyName(), upload.holderAccountId(),
                upload.holderName(), upload.holderIdNumber(), null, PdfSignatures.signerSubject(pdf).orElse(null),
                upload.issuedAt() == null ? Instant.now() : upload.issuedAt(), fileName, pdf.length, Sha256.hex(pdf),
                null);
        return save(result, pdf.clone());
    }

    private IssuedResult save(IssuedResult result, byte[] bytes) {
        Instant now = Instant.now();
        String storageKey = files.store(bytes);
        long id = store.insertResult(result, storageKey, now);
        events.publishEvent(ResultIssued.of(result));
        if (result.holderAccountId() == null) {
            return result;
        }
        store.insertDocument(result.holderAccountId(), truncate(result.resultType() + " - "
                + (result.dossierCode() == null ? result.verificationId() : result.dossierCode()) + ".pdf"),
                PDF, result.sizeBytes(), result.sha256(), storageKey, DocumentOrigin.ISSUED_RESULT, true, id, now);
        return store.result(result.verificationId()).orElseThrow().result();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IssuedResult> find(String verificationId) {
        return store.result(verificationId).map(ResultStore.ResultRow::result);
    }

    @Override
    @Transactional(readOnly = true)
    public List<IssuedResult> forReference(long reference) {
        return store.forReference(reference).stream().map(ResultStore.ResultRow::result).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] content(String verificationId) {
        ResultStore.ResultRow row = store.result(verificationId)
                .orElseThrow(() -> new ResultRejected(Message.of("result.rejected.unknown", verificationId)));
        return files.read(row.storageKey());
    }

    @Override
    @Transactional
    public StoreEntry storeDocument(long ownerAccountId, String name, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ResultRejected(Message.of("result.rejected.empty"));
        }
        require(name, "name");
        String type;
        try {
            type = uploads.inspect(content);
        } catch (RejectedUpload rejected) {
            throw new ResultRejected(rejected.explanation());
        }
        ResultStore.Usage used = store.uploaded(ownerAccountId);
        if (used.documents() >= quota.maxDocuments()) {
            throw new DocumentStoreFull(Message.of("result.rejected.store-full.count", quota.maxDocuments()));
        }
        if (used.bytes() + content.length > quota.maxTotal().toBytes()) {
            throw new DocumentStoreFull(Message.of("result.rejected.store-full.bytes",
                    quota.maxTotal().toMegabytes()));
        }
        String storageKey = files.store(content.clone());
        long id = store.insertDocument(ownerAccountId, truncate(name.strip()), type, content.length, Sha256.hex(content),
                storageKey, DocumentOrigin.UPLOADED, false, null, Instant.now());
        return store.document(ownerAccountId, id).orElseThrow().entry();
    }

    @Override
    @Transactional
    public boolean markReusable(long ownerAccountId, long documentId) {
        return store.markReusable(ownerAccountId, documentId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StoreEntry> documents(long ownerAccountId) {
        return store.documents(ownerAccountId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredDocument> document(long ownerAccountId, long documentId) {
        return store.document(ownerAccountId, documentId)
                .map(row -> new StoredDocument(row.entry(), files.read(row.storageKey())));
    }

    /** 144 random bits, URL-safe: cannot be guessed or enumerated. */
    private String newVerificationId() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String fileName(String resultType, String dossierCode) {
        String base = java.text.Normalizer.normalize(resultType, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D')
                .replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "").toLowerCase();
        String code = dossierCode == null ? "" : "-" + dossierCode.replaceAll("[^A-Za-z0-9-]", "");
        return truncate((base.isEmpty() ? "ket-qua" : base) + code + ".pdf");
    }

    private static String truncate(String name) {
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new ResultRejected(Message.of("result.rejected.required", what));
        }
    }
}
