package vn.opendvc.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Files an attacker would upload, built the way their tools build them: PDFs that run a script, start a program or
 * carry another file, a PDF and a JPEG with a web page behind their end, and a PNG whose header promises 20000 × 20000
 * pixels (1.2 GB decoded) in a few hundred bytes. Each is of an accepted type by its first bytes.
 */
public final class UnsafeFiles {

    /** An unsafe file, the message key it is refused with and the HTTP status of a dossier's refusal. */
    public record Unsafe(String name, byte[] content, String message, int status) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final byte[] HTML = "\n<html><body><script>fetch('/api/v1/me').then(r => r.text())</script></body></html>\n"
            .getBytes(StandardCharsets.US_ASCII);

    public static List<Unsafe> all() {
        return List.of(
                new Unsafe("open-action-javascript.pdf", pdfWithOpenActionJavaScript(), "files.upload.pdf-script",
                        415),
                new Unsafe("launch-action.pdf", pdfWithLaunchAction(), "files.upload.pdf-script", 415),
                new Unsafe("embedded-file.pdf", pdfWithEmbeddedFile(), "files.upload.pdf-embedded", 415),
                new Unsafe("html-after-eof.pdf", concat(DossierFixture.pdf(), HTML), "files.upload.trailing", 415),
                new Unsafe("jpeg-then-html.jpg", concat(image("jpg"), HTML), "files.upload.trailing", 415),
                new Unsafe("bomb-20000x20000.png", pngBomb(), "files.upload.pixels", 413));
    }

    /** JavaScript that runs as the document opens. */
    public static byte[] pdfWithOpenActionJavaScript() {
        return pdf(document -> document.getDocumentCatalog()
                .setOpenAction(new PDActionJavaScript("app.launchURL('https://attacker.example/', true);")));
    }

    /** A link on the page that starts a program on the reader's computer. */
    public static byte[] pdfWithLaunchAction() {
        return pdf(document -> {
            PDActionLaunch launch = new PDActionLaunch();
            launch.setFile(new PDSimpleFileSpecification(new COSString("C:\\Windows\\System32\\cmd.exe")));
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(50, 50, 300, 40));
            link.setAction(launch);
            try {
                document.getPage(0).getAnnotations().add(link);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** An executable carried inside the PDF, in the document's embedded files. */
    public static byte[] pdfWithEmbeddedFile() {
        return pdf(document -> {
            try {
                PDEmbeddedFile embedded = new PDEmbeddedFile(document,
                        new ByteArrayInputStream("MZ not really a program".getBytes(StandardCharsets.US_ASCII)));
                PDComplexFileSpecification spec = new PDComplexFileSpecification();
                spec.setFile("hoa-don.exe");
                spec.setEmbeddedFile(embedded);
                PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
                tree.setNames(Map.of("hoa-don.exe", spec));
                PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
                names.setEmbeddedFiles(tree);
                document.getDocumentCatalog().setNames(names);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A web address opened, without a click, as the first page opens: an auto-run action that is no script. */
    public static byte[] pdfOpeningAWebPageByItself() {
        return pdf(document -> {
            PDActionURI uri = new PDActionURI();
            uri.setURI("https://attacker.example/");
            PDPageAdditionalActions actions = new PDPageAdditionalActions();
            actions.setO(uri);
            document.getPage(0).setActions(actions);
        });
    }

    /** A valid PNG header of 20000 × 20000 RGB pixels with a tiny compressed image: decoding it would take 1.2 GB. */
    public static byte[] pngBomb() {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(20000).putInt(20000)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array());
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(new byte[64 * 1024]);
        deflater.finish();
        byte[] compressed = new byte[1024];
        int length = deflater.deflate(compressed);
        deflater.end();
        chunk(png, "IDAT", Arrays.copyOf(compressed, length));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    public static byte[] image(String format) {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xC8102E);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static byte[] pdf(Consumer<PDDocument> change) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            change.accept(document);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private UnsafeFiles() {
    }
}
