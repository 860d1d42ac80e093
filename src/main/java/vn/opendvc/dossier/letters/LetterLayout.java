package vn.opendvc.dossier.letters;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

import vn.opendvc.pdf.PdfFonts;
import vn.opendvc.pdf.PdfInfo;
import vn.opendvc.pdf.PdfPages;

/**
 * Lays out one letter on A4 pages, top to bottom: the two-column heading (agency on the left, national heading on the
 * right), a centred title, paragraphs, labelled lines, numbered lists and the signature block. Wrapping, page breaks,
 * page numbers and text cleaning are the PDF kit's ({@link PdfPages}). One instance makes one document and is not
 * shared between threads.
 */
final class LetterLayout implements AutoCloseable {

    private static final PdfPages.Margins MARGINS = new PdfPages.Margins(70, 50, 50, 60);

    private static final float HEADING_SIZE = 10;
    private static final float TITLE_SIZE = 13;
    private static final float BODY_SIZE = 11;
    private static final float NOTE_SIZE = 9;
    private static final float LEADING = 1.45f;
    private static final float LIST_INDENT = 16;
    private static final float CONTINUATION_INDENT = 16;

    static final String NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc";

    private final PdfPages pages;
    private final PDFont regular;
    private final PDFont bold;
    private final float left;
    private final float width;
    /** Left heading column (agency) and right heading column (national heading, signature). */
    private final float leftColumnWidth;
    private final float rightColumnX;
    private final float rightColumnWidth;

    LetterLayout(PdfFonts fonts) throws IOException {
        this.pages = new PdfPages(fonts, MARGINS);
        this.regular = pages.regular();
        this.bold = pages.bold();
        this.left = pages.left();
        this.width = pages.width();
        this.leftColumnWidth = width * 0.46f;
        this.rightColumnX = left + width * 0.48f;
        this.rightColumnWidth = left + width - rightColumnX;
    }

    /**
     * The heading: agency name (bold, upper case) with a short rule and the dossier code on the left; the national
     * name, the motto with a rule, and the place and date on the right.
     */
    void heading(String agencyName, String dossierCode, String placeAndDate) throws IOException {
        float top = pages.y();
        float l = centredLines(left, leftColumnWidth, top, upper(agencyName), bold, HEADING_SIZE);
        l = rule(left, leftColumnWidth, l, leftColumnWidth / 3);
        l = centredLines(left, leftColumnWidth, l, "Mã hồ sơ: " + dossierCode, regular, HEADING_SIZE);

        float r = centredLines(rightColumnX, rightColumnWidth, top, NATIONAL_NAME, bold, HEADING_SIZE);
        r = centredLines(rightColumnX, rightColumnWidth, r, NATIONAL_MOTTO, bold, HEADING_SIZE + 1);
        r = rule(rightColumnX, rightColumnWidth, r, PdfPages.width(NATIONAL_MOTTO, bold, HEADING_SIZE + 1));
        r = centredLines(rightColumnX, rightColumnWidth, r - 4, placeAndDate, regular, HEADING_SIZE);

        pages.moveTo(Math.min(l, r) - 18);
    }

    /** The letter's name: bold, centred, wrapped over the full width. */
    void title(String title) throws IOException {
        for (String line : pages.wrap(title, bold, TITLE_SIZE, width)) {
            float height = TITLE_SIZE * LEADING;
            pages.ensure(height);
            pages.centred(line, bold, TITLE_SIZE, left, width);
            pages.down(height);
        }
        pages.down(10);
    }

    /** Body text; each line break in {@code text} starts a new line. */
    void paragraph(String text) throws IOException {
        paragraph(text, regular);
    }

    /** Body text in bold, for section lines such as "Thành phần hồ sơ nộp gồm:". */
    void boldParagraph(String text) throws IOException {
        paragraph(text, bold);
    }

    /** "label: value" with the label in bold; long values continue on indented lines. */
    void field(String label, String value) throws IOException {
        String prefix = pages.clean(label) + ": ";
        float prefixWidth = PdfPages.width(prefix, bold, BODY_SIZE);
        float first = width - prefixWidth;
        float rest = width - CONTINUATION_INDENT;
        if (first < width / 4) {
            // A label too long to share its line: the value starts on the next one.
            paragraph(prefix.strip(), bold);
            first = rest;
            prefixWidth = -1;
        }
        List<String> lines = pages.wrap(value, regular, BODY_SIZE, first, rest);
        float height = BODY_SIZE * LEADING;
        for (int i = 0; i < lines.size(); i++) {
            pages.ensure(height);
            if (i == 0 && prefixWidth >= 0) {
                pages.draw(prefix, bold, BODY_SIZE, left);
                pages.draw(lines.get(i), regular, BODY_SIZE, left + prefixWidth);
            } else {
                pages.draw(lines.get(i), regular, BODY_SIZE, left + CONTINUATION_INDENT);
            }
            pages.down(height);
        }
        pages.down(3);
    }

    /** A numbered list ("1.", "2.", …) with wrapped items aligned after their numbers. */
    void numbered(List<String> items) throws IOException {
        float numberWidth = PdfPages.width(items.size() + ". ", regular, BODY_SIZE);
        float textX = left + LIST_INDENT + numberWidth;
        float textWidth = left + width - textX;
        float height = BODY_SIZE * LEADING;
        for (int n = 0; n < items.size(); n++) {
            List<String> lines = pages.wrap(items.get(n), regular, BODY_SIZE, textWidth);
            for (int i = 0; i < lines.size(); i++) {
                pages.ensure(height);
                if (i == 0) {
                    pages.draw((n + 1) + ".", regular, BODY_SIZE, left + LIST_INDENT);
                }
                pages.draw(lines.get(i), regular, BODY_SIZE, textX);
                pages.down(height);
            }
        }
        pages.down(3);
    }

    void space(float points) {
        pages.down(points);
    }

    /**
     * The signature block in the right column, kept on one page when it fits on one: the signer's role in bold
     * capitals, a hint to sign, room for the signature and the name in bold.
     */
    void signature(String role, String name) throws IOException {
        List<String> roleLines = pages.wrap(upper(role), bold, BODY_SIZE, rightColumnWidth);
        List<String> nameLines = pages.wrap(name, bold, BODY_SIZE, rightColumnWidth);
        float signatureRoom = 56;
        pages.down(12);
        pages.ensure((roleLines.size() + nameLines.size()) * BODY_SIZE * LEADING + NOTE_SIZE * LEADING
                + signatureRoom);
        centredFlow(roleLines, bold, BODY_SIZE);
        centredFlow(List.of("(Ký, ghi rõ họ tên)"), regular, NOTE_SIZE);
        pages.down(signatureRoom);
        centredFlow(nameLines, bold, BODY_SIZE);
    }

    /** Finishes the document: page numbers, metadata (title, author, subject, creation date), and the bytes. */
    byte[] finish(String title, String author, String subject, Instant created) throws IOException {
        return pages.finish(new PdfInfo(title, author, subject, created, "vi-VN"));
    }

    @Override
    public void close() throws IOException {
        pages.close();
    }

    private void paragraph(String text, PDFont font) throws IOException {
        float height = BODY_SIZE * LEADING;
        for (String line : pages.wrap(text, font, BODY_SIZE, width)) {
            pages.ensure(height);
            pages.draw(line, font, BODY_SIZE, left);
            pages.down(height);
        }
        pages.down(3);
    }

    /** Already wrapped lines centred in the right column at the cursor, breaking pages as needed. */
    private void centredFlow(List<String> lines, PDFont font, float size) throws IOException {
        for (String line : lines) {
            pages.ensure(size * LEADING);
            pages.centred(line, font, size, rightColumnX, rightColumnWidth);
            pages.down(size * LEADING);
        }
    }

    /** Centred, wrapped lines in a column starting at {@code top}; returns the top of the line after them. */
    private float centredLines(float x, float columnWidth, float top, String text, PDFont font, float size)
            throws IOException {
        float at = top;
        for (String line : pages.wrap(text, font, size, columnWidth)) {
            pages.drawAt(line, font, size, x + (columnWidth - PdfPages.width(line, font, size)) / 2, at - size);
            at -= size * LEADING;
        }
        return at;
    }

    /** A thin centred rule of {@code length} under the descenders of the line above {@code top}; returns next top. */
    private float rule(float x, float columnWidth, float top, float length) throws IOException {
        pages.rule(x + (columnWidth - length) / 2, top - 0.5f, length);
        return top - 6;
    }

    private static String upper(String text) {
        return text.toUpperCase(java.util.Locale.forLanguageTag("vi"));
    }
}
