package vn.opendvc.result.web;

import java.io.IOException;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import vn.opendvc.result.DocumentStoreFull;
import vn.opendvc.result.ResultRejected;
import vn.opendvc.result.Results;
import vn.opendvc.result.StoreEntry;
import vn.opendvc.web.Message;

/**
 * What the document store page and API share: an upload kept as a reusable document. The file itself is judged by
 * {@link Results#storeDocument}, like every upload of the portal, within the owner's quota.
 */
@Component
class DocumentUploads {

    private final Results results;

    DocumentUploads(Results results) {
        this.results = results;
    }

    /**
     * Stores an upload as a reusable document of the owner; the type comes from the content, not the name.
     *
     * @throws ResultRejected    when the file is missing, empty, too large, not a PDF, JPEG or PNG, or unsafe
     * @throws DocumentStoreFull when the owner's store is full
     */
    StoreEntry storeReusable(long owner, MultipartFile file, String name) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new ResultRejected(Message.of("result.rejected.no-file"));
        }
        String documentName = name != null && !name.isBlank() ? name
                : file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()
                        ? file.getOriginalFilename() : "tai-lieu";
        StoreEntry entry = results.storeDocument(owner, documentName, file.getBytes());
        results.markReusable(owner, entry.id());
        return results.document(owner, entry.id()).orElseThrow().entry();
    }
}
