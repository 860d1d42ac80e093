package vn.opendvc.dossier.letters;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans regular and bold, read once from the class path ({@code fonts/}) and kept as bytes; each document loads
 * its own subset-embedded copy, so documents never share mutable font state.
 */
final class LetterFonts {

    private static final String REGULAR = "/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    private final byte[] regular;
    private final byte[] bold;

    LetterFonts() {
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
        try (InputStream in = LetterFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }
}
