package vn.opendvc.files;

/**
 * Decides whether an uploaded file is acceptable, by its content: the type is what is detected from the bytes, never
 * what the name or the browser claims, so a renamed executable is refused. One rule for every upload of the portal
 * (dossier attachments, results uploaded by officers, documents of the citizen's store); the size limit and the
 * accepted types are {@code opendvc.dossier.uploads.max-size} and {@code .allowed-types} (default 10 MB; PDF, JPEG
 * and PNG).
 */
public interface Uploads {

    /**
     * The detected media type of an acceptable file.
     *
     * @throws RejectedUpload when the file is empty, larger than the limit or of a type that is not accepted
     */
    String inspect(byte[] content);
}
