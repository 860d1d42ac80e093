package vn.opendvc.dossier.internal;

import java.util.Set;

import org.apache.tika.Tika;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import vn.opendvc.dossier.DossierProblem;

/**
 * Decides whether an uploaded file is acceptable, by its content: the type is what Apache Tika detects from the
 * bytes, never what the name or the browser claims, so a renamed executable is refused.
 */
@Component
class UploadInspector {

    @ConfigurationProperties("opendvc.dossier.uploads")
    record Limits(DataSize maxSize, Set<String> allowedTypes) {
        Limits {
            maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
            allowedTypes = allowedTypes == null || allowedTypes.isEmpty()
                    ? Set.of("application/pdf", "image/jpeg", "image/png") : Set.copyOf(allowedTypes);
        }
    }

    private final Tika tika = new Tika();
    private final Limits limits;

    UploadInspector(Limits limits) {
        this.limits = limits;
    }

    /** The detected media type of an acceptable file; refuses empty, too large and disallowed files. */
    String inspect(byte[] content) {
        if (content == null || content.length == 0) {
            throw DossierProblem.rejectedFile(HttpStatus.BAD_REQUEST, "Tệp rỗng / the file is empty");
        }
        if (content.length > limits.maxSize().toBytes()) {
            long max = limits.maxSize().toBytes();
            String limit = max >= 1024 * 1024 ? (max / (1024 * 1024)) + " MB" : (max / 1024) + " KB";
            throw DossierProblem.rejectedFile(HttpStatus.CONTENT_TOO_LARGE, "Tệp quá lớn: tối đa " + limit
                    + " / file too large");
        }
        String type = tika.detect(content);
        if (!limits.allowedTypes().contains(type)) {
            throw DossierProblem.rejectedFile(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Chỉ nhận tệp PDF, JPEG hoặc PNG; tệp này là "
                    + type + " / only PDF, JPEG or PNG files are accepted");
        }
        return type;
    }
}
