package vn.opendvc.dossier.internal;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.DossierFile;
import vn.opendvc.dossier.DossierProblem;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.Dossiers.Upload;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.result.DocumentStoreFull;
import vn.opendvc.result.ResultRejected;
import vn.opendvc.result.Results;
import vn.opendvc.result.StoreEntry;
import vn.opendvc.result.StoredDocument;
import vn.opendvc.web.Message;

/**
 * Files attached to a required document of a draft (or of a dossier waiting for a supplement): uploaded, or taken
 * from the applicant's document store instead of uploading them again.
 */
@Component
class Attachments {

    private final DossierAccess access;
    private final ProcedureCatalog catalog;
    private final DossierFiles files;
    private final Results results;

    Attachments(DossierAccess access, ProcedureCatalog catalog, DossierFiles files, Results results) {
        this.access = access;
        this.catalog = catalog;
        this.files = files;
        this.results = results;
    }

    /** @param keepInStore also keep the file in the applicant's document store, reusable in later dossiers */
    @Transactional
    void attach(CurrentUser by, long id, String document, Upload upload, boolean keepInStore) {
        DossierStore.Row row = attachable(by, id, document);
        // paper handed in at the counter or by post and scanned by the office is digitised; online it is uploaded
        DossierFile.Source source = row.channel() == Channel.ONLINE ? DossierFile.Source.UPLOADED
                : DossierFile.Source.DIGITIZED;
        files.upload(row.id(), DossierFile.Kind.DOCUMENT, document, upload, source, by.accountId());
        if (keepInStore) {
            StoreEntry kept;
            try {
                kept = results.storeDocument(by.accountId(), document, upload.content());
            } catch (ResultRejected rejected) {
                // the whole attachment is refused (the file kept above is removed with the transaction)
                throw DossierProblem.rejectedFile(rejected instanceof DocumentStoreFull ? HttpStatus.CONFLICT
                        : HttpStatus.UNSUPPORTED_MEDIA_TYPE, rejected.reason());
            }
            results.markReusable(by.accountId(), kept.id());
        }
    }

    @Transactional
    void attachFromStore(CurrentUser by, long id, String document, long storeDocumentId) {
        DossierStore.Row row = attachable(by, id, document);
        StoredDocument stored = results.document(by.accountId(), storeDocumentId)
                .orElseThrow(() -> DossierProblem.notFound("kho/" + storeDocumentId));
        files.keep(new DossierFiles.Kept(row.id(), DossierFile.Kind.DOCUMENT, document, stored.entry().name(),
                stored.entry().mediaType(), stored.content(), DossierFile.Source.FROM_STORE,
                stored.entry().verificationId(), by.accountId()), null);
    }

    private DossierStore.Row attachable(CurrentUser by, long id, String document) {
        DossierStore.Row row = access.visible(by, id);
        DossierAccess.requireApplicant(by, row, "attach");
        if (row.status() != DossierStatus.DRAFT && row.status() != DossierStatus.SUPPLEMENT_REQUESTED) {
            throw DossierProblem.illegalTransition(Message.of("dossier.refused.attach-status"));
        }
        boolean known = catalog.find(row.procedureId()).orElseThrow().documents().stream()
                .anyMatch(d -> d.name().equals(document));
        if (!known) {
            throw DossierProblem.invalid(Message.of("dossier.invalid.document"),
                    Map.of("document", Message.of("dossier.invalid.document.choose")));
        }
        return row;
    }
}
