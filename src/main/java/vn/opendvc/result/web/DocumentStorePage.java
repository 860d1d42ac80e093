package vn.opendvc.result.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.opendvc.identity.CurrentUser;
import vn.opendvc.result.ResultRejected;
import vn.opendvc.result.Results;
import vn.opendvc.result.StoredDocument;
import vn.opendvc.web.Message;

/** The citizen's document store (kho dữ liệu): issued results and reusable documents, only the owner's. */
@Controller
@RequestMapping("/me/documents")
class DocumentStorePage {

    private final Results results;
    private final DocumentUploads uploads;

    DocumentStorePage(Results results, DocumentUploads uploads) {
        this.results = results;
        this.uploads = uploads;
    }

    @GetMapping
    String list(CurrentUser user, Model model) {
        model.addAttribute("documents", results.documents(user.accountId()));
        return "result/documents";
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String name,
            CurrentUser user, RedirectAttributes redirect) throws IOException {
        try {
            uploads.storeReusable(user.accountId(), file, name);
            redirect.addFlashAttribute("message", "result.documents.added");
        } catch (ResultRejected rejected) {
            redirect.addFlashAttribute("problem", Message.of("result.documents.rejected", rejected.reason()));
        }
        return "redirect:/me/documents";
    }

    @GetMapping("/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable long id, CurrentUser user) {
        StoredDocument document = results.document(user.accountId(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return download(document);
    }

    static ResponseEntity<byte[]> download(StoredDocument document) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.entry().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.entry().name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(document.content());
    }
}
