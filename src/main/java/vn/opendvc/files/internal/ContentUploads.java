package vn.opendvc.files.internal;

import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

import vn.opendvc.files.RejectedUpload;
import vn.opendvc.files.Uploads;
import vn.opendvc.web.Message;

/** {@link Uploads} with the type detected by Apache Tika from the bytes. */
@Component
class ContentUploads implements Uploads {

    private final Tika tika = new Tika();
    private final UploadLimits limits;

    ContentUploads(UploadLimits limits) {
        this.limits = limits;
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
        return type;
    }
}
