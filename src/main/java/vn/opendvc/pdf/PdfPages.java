package vn.opendvc.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import vn.opendvc.web.VietnamTime;

/**
 * One PDF document written top to bottom on A4 pages, with the regular and bold fonts of {@link PdfFonts} embedded.
 * A cursor ({@link #y()}) holds the top of the next line; {@link #ensure} starts a new page when the next lines would
 * run into the bottom margin, and {@link #finish} numbers the pages ("Trang 1/2") when there is more than one.
 * <p>
 * Text is normalised to NFC (so decomposed Vietnamese input uses the precomposed glyphs), control characters and
 * other spacing become spaces and characters the fonts cannot draw become "?". {@link #wrap} breaks text into lines
 * no wider than a width, cutting a word longer than a line. One instance makes one document and is not shared between
 * threads.
 */
public final class PdfPages implements AutoCloseable {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float PAGE_NUMBER_SIZE = 9;

    /** Distances from the edges of the page to the text, in points. */
    public record Margins(float left, float right, float top, float bottom) {
    }

    private final PDDocument document = new PDDocument();
    private final Margins margins;
    private final PDFont regular;
    private final PDFont bold;
    private final Map<Integer, Boolean> drawable = new HashMap<>();
    private PDPageContentStream content;
    /** The top of the next line on the current page. */
    private float y;

    /** A document with its first page started. */
    public PdfPages(PdfFonts fonts, Margins margins) throws IOException {
        this.margins = margins;
        try {
            this.regular = fonts.regular(document);
            this.bold = fonts.bold(document);
            newPage();
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    public PDFont regular() {
        return regular;
    }

    public PDFont bold() {
        return bold;
    }

    /** The x of the left margin. */
    public float left() {
        return margins.left();
    }

    /** The width between the margins. */
    public float width() {
        return PAGE.getWidth() - margins.left() - margins.right();
    }

    /** The top of the next line. */
    public float y() {
        return y;
    }

    public void moveTo(float top) {
        y = top;
    }

    public void down(float points) {
        y -= points;
    }

    /** The current page's content, for drawing other than text (rules, codes). */
    public PDPageContentStream content() {
        return content;
    }

    /** Starts a new page unless {@code height} more fits above the bottom margin. */
    public void ensure(float height) throws IOException {
        if (y - height < margins.bottom()) {
            newPage();
        }
    }

    /**
     * Text over the page width, wrapped, left-aligned or centred; the cursor moves down {@code leading} × size per
     * line, with page breaks as needed.
     */
    public void paragraph(String text, PDFont font, float size, float leading, boolean centred) throws IOException {
        for (String part : wrap(text, font, size, width())) {
            ensure(size * leading);
            if (centred) {
                centred(part, font, size, left(), width());
            } else {
                draw(part, font, size, left());
            }
            down(size * leading);
        }
    }

    /** "name: value" with the value in bold; a long value continues aligned after the name (a receipt's lines). */
    public void field(String name, String value, float size, float leading) throws IOException {
        String prefix = name + ": ";
        float indent = width(prefix, regular(), size);
        List<String> parts = wrap(value, bold(), size, width() - indent);
        for (int i = 0; i < parts.size(); i++) {
            ensure(size * leading);
            if (i == 0) {
                draw(prefix, regular(), size, left());
            }
            draw(parts.get(i), bold(), size, left() + indent);
            down(size * leading);
        }
    }

    /** Draws one line whose top is the cursor; the cursor does not move. */
    public void draw(String line, PDFont font, float size, float x) throws IOException {
        drawAt(line, font, size, x, y - size);
    }

    /** Draws one line centred in a column, its top at the cursor; the cursor does not move. */
    public void centred(String line, PDFont font, float size, float x, float columnWidth) throws IOException {
        draw(line, font, size, x + (columnWidth - width(line, font, size)) / 2);
    }

    /** Draws one line on a baseline anywhere on the current page. */
    public void drawAt(String line, PDFont font, float size, float x, float baseline) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(line);
        content.endText();
    }

    /** A thin horizontal rule of {@code length} from {@code x} at height {@code at}. */
    public void rule(float x, float at, float length) throws IOException {
        content.setLineWidth(0.6f);
        content.moveTo(x, at);
        content.lineTo(x + length, at);
        content.stroke();
    }

    /** {@link #wrap(String, PDFont, float, float, float)} with every line as wide. */
    public List<String> wrap(String text, PDFont font, float size, float lineWidth) throws IOException {
        return wrap(text, font, size, lineWidth, lineWidth);
    }

    /**
     * Cleans and wraps text to lines no wider than {@code firstWidth} (first line) and {@code restWidth} (the others);
     * line breaks in the text are kept (an empty line stays empty), a word wider than a line is cut.
     */
    public List<String> wrap(String text, PDFont font, float size, float firstWidth, float restWidth)
            throws IOException {
        List<String> lines = new ArrayList<>();
        for (String source : Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : clean(source).split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String rest = word;
                while (!rest.isEmpty()) {
                    float max = lines.isEmpty() ? firstWidth : restWidth;
                    String candidate = line.isEmpty() ? rest : line + " " + rest;
                    if (width(candidate, font, size) <= max) {
                        line.setLength(0);
                        line.append(candidate);
                        rest = "";
                    } else if (!line.isEmpty()) {
                        lines.add(line.toString());
                        line.setLength(0);
                    } else {
                        int cut = longestFittingPrefix(rest, font, size, max);
                        lines.add(rest.substring(0, cut));
                        rest = rest.substring(cut);
                    }
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** NFC, control characters and other spacing as plain spaces, characters the fonts cannot draw as "?". */
    public String clean(String text) {
        String normalized = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(normalized.length());
        normalized.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (drawable.computeIfAbsent(cp, this::canDraw)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** How wide a line of text is, in points. */
    public static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Finishes the document: page numbers when there are several pages, the metadata, and the bytes. */
    public byte[] finish(PdfInfo info) throws IOException {
        content.close();
        content = null;
        int pages = document.getNumberOfPages();
        if (pages > 1) {
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
                        AppendMode.APPEND, true, true)) {
                    String text = "Trang " + (i + 1) + "/" + pages;
                    float x = left() + (width() - width(text, regular, PAGE_NUMBER_SIZE)) / 2;
                    footer.beginText();
                    footer.setFont(regular, PAGE_NUMBER_SIZE);
                    footer.newLineAtOffset(x, margins.bottom() / 2);
                    footer.showText(text);
                    footer.endText();
                }
            }
        }
        PDDocumentInformation metadata = document.getDocumentInformation();
        metadata.setTitle(info.title() == null ? null : clean(info.title()));
        metadata.setAuthor(info.author() == null ? null : clean(info.author()));
        metadata.setSubject(info.subject() == null ? null : clean(info.subject()));
        metadata.setCreator("OpenDVC");
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone(VietnamTime.ZONE));
        calendar.setTimeInMillis(info.created().toEpochMilli());
        metadata.setCreationDate(calendar);
        if (info.language() != null) {
            document.getDocumentCatalog().setLanguage(info.language());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        try {
            if (content != null) {
                content.close();
            }
        } finally {
            document.close();
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - margins.top();
    }

    private int longestFittingPrefix(String word, PDFont font, float size, float max) throws IOException {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (width(word.substring(0, next), font, size) > max) {
                break;
            }
            end = next;
        }
        return end;
    }

    private boolean canDraw(int codePoint) {
        String character = new String(Character.toChars(codePoint));
        try {
            regular.encode(character);
            bold.encode(character);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
