package vn.opendvc.dossier.web;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.CurrentUser;

/** What the dossier pages and the API share: file downloads. */
final class DossierPageSupport {

    static ResponseEntity<InputStreamResource> download(Dossiers dossiers, CurrentUser user, long id, long fileId) {
        return download(dossiers.file(user, id, fileId));
    }

    static ResponseEntity<InputStreamResource> download(Dossiers.FileContent content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.file().mediaType()))
                .contentLength(content.file().size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.file().fileName(), StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(content.content()));
    }

    private DossierPageSupport() {
    }
}
