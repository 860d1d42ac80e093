package vn.opendvc.result.web;

import java.io.IOException;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import vn.opendvc.files.RejectedUpload;
import vn.opendvc.files.Uploads;
import vn.opendvc.result.ResultRejected;
import vn.opendvc.result.Results;
import vn.opendvc.result.StoreEntry;
import vn.opendvc.web.Message;

/** What the document store page and API share: checked uploads, inspected like every upload of the portal. */
@Component
class DocumentUploads {

    private final Results results;
    private final Uploads uploads;

    DocumentUploads(Results results, Uploads uploads) {
        this.results = results;
        this.uploads = uploads;
    }

    /**
     * Stores an upload as a reusable document of the owner; the type comes from the content, not the name.
     *
     * @throws ResultRejected when the file is missing, empty, too large or not a PDF, JPEG or PNG
     */
    StoreEntry storeReusable(long owner, MultipartFile file, String name) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new ResultRejected(Message.of("result.rejected.no-file"));
        }
        byte[] bytes = file.getBytes();
        String type;
        try {
            type = uploads.inspect(bytes);
        } catch (RejectedUpload rejected) {
            throw new ResultRejected(rejected.reason() == RejectedUpload.Reason.UNSUPPORTED_TYPE
                    ? Message.of("result.rejected.type") : rejected.explanation());
        }
        String documentName = name != null && !name.isBlank() ? name
                : file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()
                        ? file.getOriginalFilename() : "tai-lieu";
        StoreEntry entry = results.storeDocument(owner, documentName, type, bytes);
        results.markReusable(owner, entry.id());
        return results.document(owner, entry.id()).orElseThrow().entry();
    }
}
