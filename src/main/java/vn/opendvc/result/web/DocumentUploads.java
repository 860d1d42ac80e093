package vn.opendvc.result.web;

import java.io.IOException;
import java.util.Set;

import org.apache.tika.Tika;
import org.springframework.web.multipart.MultipartFile;

import vn.opendvc.result.ResultRejected;
import vn.opendvc.result.Results;
import vn.opendvc.result.StoreEntry;

/** What the document store page and API share: the signed-in owner and checked uploads. */
final class DocumentUploads {

    private static final Set<String> ALLOWED = Set.of("application/pdf", "image/jpeg", "image/png");
    private static final Tika TIKA = new Tika();

    /**
     * Stores an upload as a reusable document of the owner; the type comes from the content, not the name.
     *
     * @throws ResultRejected when the file is empty or not a PDF, JPEG or PNG
     */
    static StoreEntry storeReusable(Results results, long owner, MultipartFile file, String name) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new ResultRejected("no file");
        }
        byte[] bytes = file.getBytes();
        String type = TIKA.detect(bytes);
        if (!ALLOWED.contains(type)) {
            throw new ResultRejected("only PDF, JPEG or PNG files");
        }
        String documentName = name != null && !name.isBlank() ? name
                : file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()
                        ? file.getOriginalFilename() : "tai-lieu";
        StoreEntry entry = results.storeDocument(owner, documentName, type, bytes);
        results.markReusable(owner, entry.id());
        return results.document(owner, entry.id()).orElseThrow().entry();
    }

    private DocumentUploads() {
    }
}
