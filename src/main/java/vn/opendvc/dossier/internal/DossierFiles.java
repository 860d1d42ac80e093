package vn.opendvc.dossier.internal;

import java.time.Clock;

import org.springframework.stereotype.Component;

import vn.opendvc.dossier.DossierFile;
import vn.opendvc.dossier.DossierProblem;
import vn.opendvc.dossier.Dossiers.Upload;
import vn.opendvc.files.FileStore;
import vn.opendvc.files.RejectedUpload;
import vn.opendvc.files.Sha256;
import vn.opendvc.files.Uploads;

/**
 * Files of a dossier: the bytes go to the file store, the row (name, type, size, SHA-256, source) to the dossier's
 * file table. Uploads are judged by their content before anything is kept.
 */
@Component
class DossierFiles {

    /** Bytes to keep as a file of a dossier; {@code document} names the required document an attachment answers. */
    record Kept(long dossierId, DossierFile.Kind kind, String document, String fileName, String mediaType,
            byte[] content, DossierFile.Source source, String verificationId, long by) {
    }

    private final DossierStore store;
    private final FileStore storage;
    private final Uploads uploads;
    private final Clock clock;

    DossierFiles(DossierStore store, FileStore storage, Uploads uploads, Clock clock) {
        this.store = store;
        this.storage = storage;
        this.uploads = uploads;
        this.clock = clock;
    }

    /** The detected media type of an acceptable upload; refuses empty, too large and disallowed files. */
    String inspect(Upload upload) {
        try {
            return uploads.inspect(upload.content());
        } catch (RejectedUpload e) {
            throw DossierProblem.rejectedFile(e.status(), e.explanation());
        }
    }

    /** Inspects and keeps an upload; returns its detected media type. */
    String upload(long dossierId, DossierFile.Kind kind, String document, Upload upload, DossierFile.Source source,
            long by) {
        String mediaType = inspect(upload);
        keep(new Kept(dossierId, kind, document, safeName(upload.fileName()), mediaType, upload.content(), source,
                null, by), null);
        return mediaType;
    }

    /** A PDF the office generated (a letter). */
    void generated(long dossierId, DossierFile.Kind kind, String baseName, byte[] pdf, long by) {
        keep(new Kept(dossierId, kind, null, baseName + ".pdf", "application/pdf", pdf, DossierFile.Source.ISSUED,
                null, by), null);
    }

    /** @param sha256 the digest when already known, {@code null} to compute it */
    void keep(Kept f, String sha256) {
        byte[] content = f.content();
        store.insertFile(new DossierStore.NewFile(f.dossierId(), f.kind(), f.document(), f.fileName(), f.mediaType(),
                content.length, sha256 == null ? Sha256.hex(content) : sha256, storage.store(content), f.source(),
                f.verificationId(), clock.instant(), f.by()));
    }

    /** The name without path, control characters or quotes, at most 200 characters (its end kept). */
    static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty()) {
            base = "tep";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
