package vn.opendvc.files.internal;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What an upload may be. The prefix keeps the name the property had when only dossiers took uploads, so existing
 * deployments keep their settings.
 *
 * @param maxSize      the largest accepted file (default 10 MB)
 * @param allowedTypes media types accepted, as detected from the content (default PDF, JPEG, PNG)
 * @param maxPixels    the most pixels (width × height) an image may have (default 40 million): a small compressed
 *                     file can decode to gigabytes, so the size of the file says nothing about the decoded image
 */
@ConfigurationProperties("opendvc.dossier.uploads")
record UploadLimits(DataSize maxSize, Set<String> allowedTypes, Long maxPixels) {

    UploadLimits {
        maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
        allowedTypes = allowedTypes == null || allowedTypes.isEmpty()
                ? Set.of("application/pdf", "image/jpeg", "image/png") : Set.copyOf(allowedTypes);
        maxPixels = maxPixels == null || maxPixels <= 0 ? 40_000_000L : maxPixels;
    }
}
