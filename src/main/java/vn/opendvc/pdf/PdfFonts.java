package vn.opendvc.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans regular and bold (shipped under {@code fonts/}), which cover every Vietnamese letter. They are read from
 * the class path once and kept as bytes; each document loads its own subset-embedded copy, so documents never share
 * mutable font state and any number of threads may use one instance.
 */
public final class PdfFonts {

    private static final String REGULAR = "/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    private final byte[] regular;
    private final byte[] bold;

    /** The fonts of every OpenDVC document, read on first use. */
    public static PdfFonts dejaVuSans() {
        return Shared.INSTANCE;
    }

    private PdfFonts() {
        this.regular = read(REGULAR);
        this.bold = read(BOLD);
    }

    PDType0Font regular(PDDocument document) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(regular));
    }

    PDType0Font bold(PDDocument document) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(bold));
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }

    /** Loaded when first asked for, once per class loader. */
    private static final class Shared {
        static final PdfFonts INSTANCE = new PdfFonts();
    }
}
