package vn.opendvc.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import vn.opendvc.result.internal.DemoAgencyKeys;
import vn.opendvc.testing.ApplicationTest;

/**
 * A generated result is a PAdES baseline-B signed PDF that independent tools accept (poppler's pdfsig, PDFBox with
 * Bouncy Castle), chained to the demo root CA, with Vietnamese text and a QR code of its verification URL; one
 * altered byte breaks the signature.
 */
@ApplicationTest
class ResultSigningTest {

    static final String AGENCY = "Ủy ban nhân dân phường Hải Châu";
    static final Path OUT = Path.of("target", "results");

    @Autowired
    Results results;
    @Autowired
    DemoAgencyKeys demoKeys;

    @BeforeAll
    static void folder() throws Exception {
        Files.createDirectories(OUT);
    }

    static ResultRequest birthCertificate(Long holder) {
        return new ResultRequest(4711L, "DNG-HAICHAU-261110-0001", "Đăng ký khai sinh", "Giấy khai sinh",
                "TEST-KETQUA", AGENCY, holder, "Nguyễn Văn An", "048090001234",
                List.of(new DeclaredField("Họ, chữ đệm, tên người được khai sinh", "Nguyễn Minh Khang"),
                        new DeclaredField("Ngày, tháng, năm sinh", "10/11/2026"),
                        new DeclaredField("Nơi sinh", "Bệnh viện Phụ sản - Nhi Đà Nẵng")),
                Instant.parse("2026-11-12T03:15:00Z"), "Võ Văn Hùng");
    }

    @Test
    void theIssuedPdfIsSignedValidlyAccordingToPdfBoxAndBouncyCastleAndChainsToTheDemoRoot() throws Exception {
        IssuedResult issued = results.issue(birthCertificate(null));
        byte[] pdf = results.content(issued.verificationId());

        assertThat(ResultServiceSha.hex(pdf)).isEqualTo(issued.sha256());
        assertThat(issued.origin()).isEqualTo(ResultOrigin.GENERATED);
        assertThat(issued.verificationId()).matches("[A-Za-z0-9_-]{24}");
        assertThat(issued.verificationUrl()).isEqualTo("https://dvc.example.vn/verify/" + issued.verificationId());
        assertThat(issued.signerSubject()).contains("CN=" + AGENCY).contains("O=TEST-KETQUA").contains("C=VN");

        PdfSignatureCheck check = PdfSignatureCheck.of(pdf);
        assertThat(check.signatureValid()).isTrue();
        assertThat(check.coversWholeFile()).isTrue();
        assertThat(check.subFilter()).isEqualTo("ETSI.CAdES.detached");
        assertThat(check.signer().getSubjectX500Principal().getName()).isEqualTo(issued.signerSubject());
        assertThat(check.signedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
        assertThat(check.signedAttributes().get(CMSAttributes.signingTime)).isNull();

        var root = demoKeys.rootCertificate();
        assertThat(check.signer().getIssuerX500Principal()).isEqualTo(root.getSubjectX500Principal());
        check.signer().verify(root.getPublicKey());
        check.signer().checkValidity();
        assertThat(check.certificates()).contains(root);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("GIẤY KHAI SINH", "Nguyễn Minh Khang", "Bệnh viện Phụ sản - Nhi Đà Nẵng",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "DNG-HAICHAU-261110-0001", "Võ Văn Hùng");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            String qr = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))),
                    Map.of(DecodeHintType.TRY_HARDER, true)).getText();
            assertThat(qr).isEqualTo(issued.verificationUrl());
        }
    }

    @Test
    void oneAlteredByteInsideTheSignedRangeBreaksTheSignature() throws Exception {
        IssuedResult issued = results.issue(birthCertificate(null));
        byte[] tampered = results.content(issued.verificationId());
        int at = insideFirstStream(tampered);
        tampered[at] ^= 0x01;

        assertThat(PdfSignatureCheck.of(tampered).signatureValid()).isFalse();
        assertThat(PdfSignatureCheck.of(results.content(issued.verificationId())).signatureValid()).isTrue();
    }

    @Test
    void pdfsigFindsTheSignatureValidAndNamesTheAgency() throws Exception {
        Path pdfsig = Path.of("/usr/bin/pdfsig");
        assumeThat(Files.isExecutable(pdfsig)).as("poppler's pdfsig is not installed").isTrue();
        IssuedResult issued = results.issue(birthCertificate(null));
        Path file = OUT.resolve("signed-" + issued.verificationId() + ".pdf");
        byte[] pdf = results.content(issued.verificationId());
        Files.write(file, pdf);

        String report = run(pdfsig, file);
        assertThat(report).contains("Signature is Valid.").contains("Signer Certificate Common Name: " + AGENCY)
                .doesNotContain("Signature is Invalid");

        byte[] tampered = pdf.clone();
        tampered[insideFirstStream(tampered)] ^= 0x01;
        Path bad = OUT.resolve("tampered-" + issued.verificationId() + ".pdf");
        Files.write(bad, tampered);
        assertThat(run(pdfsig, bad)).doesNotContain("Signature is Valid.");
    }

    private static String run(Path pdfsig, Path file) throws Exception {
        Process process = new ProcessBuilder(pdfsig.toString(), file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    /** A byte well inside the first stream's data: the file still parses, but its signed bytes changed. */
    static int insideFirstStream(byte[] pdf) {
        int at = indexOf(pdf, "stream\n".getBytes(StandardCharsets.US_ASCII));
        if (at < 0) {
            at = indexOf(pdf, "stream\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(at).isPositive();
        return at + 20;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
