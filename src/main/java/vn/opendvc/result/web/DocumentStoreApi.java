package vn.opendvc.result.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.result.DocumentStoreFull;
import vn.opendvc.result.ResultRejected;
import vn.opendvc.result.Results;
import vn.opendvc.result.StoreEntry;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;

/** The caller's document store for apps: list, download, add a reusable document. */
@RestController
@RequestMapping("/api/v1/me/documents")
@Tag(name = "Kho dữ liệu / Document store")
class DocumentStoreApi {

    private final Results results;
    private final DocumentUploads uploads;

    DocumentStoreApi(Results results, DocumentUploads uploads) {
        this.results = results;
        this.uploads = uploads;
    }

    /** One document of the store; {@code verificationUrl} is set for an issued result. */
    record DocumentJson(long id, String name, String mediaType, long sizeBytes, String sha256, String origin,
            boolean reusable, String verificationId, Instant createdAt) {

        static DocumentJson of(StoreEntry e) {
            return new DocumentJson(e.id(), e.name(), e.mediaType(), e.sizeBytes(), e.sha256(), e.origin().name(),
                    e.reusable(), e.verificationId(), e.createdAt());
        }
    }

    @GetMapping
    @Operation(summary = "Kho dữ liệu của tôi / my issued results and reusable documents")
    List<DocumentJson> list(CurrentUser user) {
        return results.documents(user.accountId()).stream().map(DocumentJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Tải một tài liệu của tôi / download one of my documents")
    ResponseEntity<byte[]> file(@PathVariable long id, CurrentUser user) {
        return results.document(user.accountId(), id).map(DocumentStorePage::download)
                .orElseThrow(() -> Problems.notFound(Message.of("result.problem.document"), id));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm tài liệu dùng lại được / add a reusable document (PDF, JPEG, PNG)",
            description = "400 when the file is refused (type, size, unsafe content); 409 when the store is full")
    DocumentJson add(@RequestPart MultipartFile file, @RequestParam(required = false) String name,
            CurrentUser user) throws IOException {
        try {
            return DocumentJson.of(uploads.storeReusable(user.accountId(), file, name));
        } catch (DocumentStoreFull full) {
            throw Problems.problem(HttpStatus.CONFLICT, "document-store-full",
                    Message.of("result.problem.document-store-full.title"), full.reason());
        } catch (ResultRejected rejected) {
            throw Problems.problem(HttpStatus.BAD_REQUEST, "document-rejected",
                    Message.of("result.problem.document-rejected.title"), rejected.reason());
        }
    }
}
