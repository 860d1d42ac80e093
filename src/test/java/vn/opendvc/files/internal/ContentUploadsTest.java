package vn.opendvc.files.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.util.unit.DataSize;

import vn.opendvc.files.RejectedUpload;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.UnsafeFiles;

/** Uploads are judged by parsing them: what passes a first-bytes check but hides something is refused. */
class ContentUploadsTest {

    private final ContentUploads uploads = new ContentUploads(new UploadLimits(null, null, null));

    static final List<UnsafeFiles.Unsafe> UNSAFE = UnsafeFiles.all();

    @ParameterizedTest
    @FieldSource("UNSAFE")
    void anUnsafeFileOfAnAcceptedTypeIsRefusedWithItsReason(UnsafeFiles.Unsafe file) {
        RejectedUpload refused = catchThrowableOfType(RejectedUpload.class, () -> uploads.inspect(file.content()));
        assertThat(refused).as(file.name()).isNotNull();
        assertThat(refused.explanation().code()).isEqualTo(file.message());
        assertThat(refused.status().value()).isEqualTo(file.status());
    }

    @Test
    void aPageThatOpensAWebAddressByItselfIsRefused() {
        RejectedUpload refused = catchThrowableOfType(RejectedUpload.class,
                () -> uploads.inspect(UnsafeFiles.pdfOpeningAWebPageByItself()));
        assertThat(refused.explanation().code()).isEqualTo("files.upload.pdf-auto-action");
        assertThat(refused.reason()).isEqualTo(RejectedUpload.Reason.UNSAFE_CONTENT);
    }

    @Test
    void ordinaryFilesPassAndAnOpenActionThatOnlyShowsThePageIsNoThreat() throws IOException {
        assertThat(uploads.inspect(DossierFixture.pdf())).isEqualTo("application/pdf");
        assertThat(uploads.inspect(UnsafeFiles.image("png"))).isEqualTo("image/png");
        assertThat(uploads.inspect(UnsafeFiles.image("jpg"))).isEqualTo("image/jpeg");
        // padding after the end is what some writers add, not a second file
        assertThat(uploads.inspect(UnsafeFiles.concat(DossierFixture.pdf(), "\r\n\0\0".getBytes())))
                .isEqualTo("application/pdf");
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDPageFitDestination fit = new PDPageFitDestination();
            fit.setPage(page);
            document.getDocumentCatalog().setOpenAction(fit);
            document.save(out);
            assertThat(uploads.inspect(out.toByteArray())).isEqualTo("application/pdf");
        }
    }

    @Test
    void aJpegWithAThumbnailInItsMetadataEndsAtItsOwnEnd() throws IOException {
        // the thumbnail's end-of-image marker comes first; the walker must not stop there
        byte[] thumbnail = UnsafeFiles.image("jpg");
        byte[] main = UnsafeFiles.image("jpg");
        ByteArrayOutputStream withApp = new ByteArrayOutputStream();
        withApp.write(main, 0, 2);
        int length = thumbnail.length + 2;
        withApp.write(new byte[] {(byte) 0xff, (byte) 0xe1, (byte) (length >> 8), (byte) length});
        withApp.write(thumbnail);
        withApp.write(main, 2, main.length - 2);
        assertThat(ImageContent.jpegEnd(withApp.toByteArray())).isEqualTo(withApp.size());
        assertThat(uploads.inspect(withApp.toByteArray())).isEqualTo("image/jpeg");
    }

    @Test
    void theDamagedAndThePasswordProtectedAreRefused() {
        byte[] cut = Arrays.copyOf(UnsafeFiles.image("png"), 40);
        assertThat(catchThrowableOfType(RejectedUpload.class, () -> uploads.inspect(cut)).explanation().code())
                .isEqualTo("files.upload.damaged");
        byte[] notReallyPdf = "%PDF-1.7\nnothing here\n%%EOF\n".getBytes();
        assertThat(catchThrowableOfType(RejectedUpload.class, () -> uploads.inspect(notReallyPdf)).explanation()
                .code()).isEqualTo("files.upload.damaged");
    }

    @Test
    void thePixelLimitIsConfigurable() {
        ContentUploads small = new ContentUploads(new UploadLimits(DataSize.ofMegabytes(10),
                Set.of("image/png"), 100L));
        RejectedUpload refused = catchThrowableOfType(RejectedUpload.class,
                () -> small.inspect(UnsafeFiles.image("png")));
        assertThat(refused.reason()).isEqualTo(RejectedUpload.Reason.TOO_LARGE);
        assertThat(refused.explanation().code()).isEqualTo("files.upload.pixels");
    }
}
