package vn.opendvc.files.internal;

import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

import vn.opendvc.files.RejectedUpload;
import vn.opendvc.files.Uploads;
import vn.opendvc.web.Message;

/**
 * {@link Uploads} with the type detected by Apache Tika from the bytes, then the content parsed as that type: a PDF by
 * PDFBox ({@link PdfContent}), an image by its decoder ({@link ImageContent}). The first bytes only name the type;
 * whether the file is what it claims, and holds nothing else, takes reading it whole.
 */
@Component
class ContentUploads implements Uploads {

    private final Tika tika = new Tika();
    private final UploadLimits limits;
    private final PdfContent pdfs;
    private final ImageContent images;

    ContentUploads(UploadLimits limits) {
        this.limits = limits;
        // decoded streams of a PDF may take a few times the file's size, never more
        this.pdfs = new PdfContent(Math.max(limits.maxSize().toBytes() * 4, 64L * 1024 * 1024));
        this.images = new ImageContent(limits.maxPixels());
    }

    @Override
    public String inspect(byte[] content) {
        if (content == null || content.length == 0) {
            throw new RejectedUpload(RejectedUpload.Reason.EMPTY, Message.of("files.upload.empty"));
        }
        if (content.length > limits.maxSize().toBytes()) {
            long max = limits.maxSize().toBytes();
            String limit = max >= 1024 * 1024 ? (max / (1024 * 1024)) + " MB" : (max / 1024) + " KB";
            throw new RejectedUpload(RejectedUpload.Reason.TOO_LARGE, Message.of("files.upload.too-large", limit));
        }
        String type = tika.detect(content);
        if (!limits.allowedTypes().contains(type)) {
            throw new RejectedUpload(RejectedUpload.Reason.UNSUPPORTED_TYPE, Message.of("files.upload.type", type));
        }
        switch (type) {
            case "application/pdf" -> pdfs.check(content);
            case "image/jpeg", "image/png" -> images.check(content, type);
            default -> {
                // a type a deployment added to the allowed ones is taken on its detected type alone
            }
        }
        return type;
    }
}
