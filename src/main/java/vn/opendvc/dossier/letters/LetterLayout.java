package vn.opendvc.dossier.letters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
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
 * Lays out one letter on A4 pages, top to bottom: the two-column heading (agency on the left, national heading on the
 * right), a centred title, paragraphs, labelled lines, numbered lists and the signature block. Text is wrapped to the
 * column width (a word longer than a line is broken), and a new page starts whenever the next line would run into
 * the bottom margin; pages are numbered when there is more than one.
 * <p>
 * Text is normalised to NFC (so decomposed Vietnamese input uses the precomposed glyphs), control characters become
 * spaces and characters the font cannot draw become "?". One instance makes one document and is not shared between
 * threads.
 */
final class LetterLayout implements AutoCloseable {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN_LEFT = 70;
    private static final float MARGIN_RIGHT = 50;
    private static final float MARGIN_TOP = 50;
    private static final float MARGIN_BOTTOM = 60;
    private static final float CONTENT_WIDTH = PAGE.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;
    /** Left heading column (agency) and right heading column (national heading, signature). */
    private static final float LEFT_COLUMN_WIDTH = CONTENT_WIDTH * 0.46f;
    private static final float RIGHT_COLUMN_X = MARGIN_LEFT + CONTENT_WIDTH * 0.48f;
    private static final float RIGHT_COLUMN_WIDTH = MARGIN_LEFT + CONTENT_WIDTH - RIGHT_COLUMN_X;

    private static final float HEADING_SIZE = 10;
    private static final float TITLE_SIZE = 13;
    private static final float BODY_SIZE = 11;
    private static final float NOTE_SIZE = 9;
    private static final float LEADING = 1.45f;
    private static final float LIST_INDENT = 16;
    private static final float CONTINUATION_INDENT = 16;

    static final String NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc";

    private final PDDocument document = new PDDocument();
    private final PDFont regular;
    private final PDFont bold;
    private final Map<Integer, Boolean> drawable = new HashMap<>();
    private PDPageContentStream content;
    /** The top of the next line on the current page. */
    private float y;

    LetterLayout(LetterFonts fonts) throws IOException {
        try {
            this.regular = fonts.regular(document);
            this.bold = fonts.bold(document);
            newPage();
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * The heading: agency name (bold, upper case) with a short rule and the dossier code on the left; the national
     * name, the motto with a rule, and the place and date on the right.
     */
    void heading(String agencyName, String dossierCode, String placeAndDate) throws IOException {
        float top = y;
        float left = centredLines(MARGIN_LEFT, LEFT_COLUMN_WIDTH, top, upper(agencyName), bold, HEADING_SIZE);
        left = rule(MARGIN_LEFT, LEFT_COLUMN_WIDTH, left, LEFT_COLUMN_WIDTH / 3);
        left = centredLines(MARGIN_LEFT, LEFT_COLUMN_WIDTH, left, "Mã hồ sơ: " + dossierCode, regular, HEADING_SIZE);

        float right = centredLines(RIGHT_COLUMN_X, RIGHT_COLUMN_WIDTH, top, NATIONAL_NAME, bold, HEADING_SIZE);
        right = centredLines(RIGHT_COLUMN_X, RIGHT_COLUMN_WIDTH, right, NATIONAL_MOTTO, bold, HEADING_SIZE + 1);
        right = rule(RIGHT_COLUMN_X, RIGHT_COLUMN_WIDTH, right, width(NATIONAL_MOTTO, bold, HEADING_SIZE + 1));
        right = centredLines(RIGHT_COLUMN_X, RIGHT_COLUMN_WIDTH, right - 4, placeAndDate, regular, HEADING_SIZE);

        y = Math.min(left, right) - 18;
    }

    /** The letter's name: bold, centred, wrapped over the full width. */
    void title(String title) throws IOException {
        for (String line : wrap(title, bold, TITLE_SIZE, CONTENT_WIDTH, CONTENT_WIDTH)) {
            float height = TITLE_SIZE * LEADING;
            ensure(height);
            draw(line, bold, TITLE_SIZE, MARGIN_LEFT + (CONTENT_WIDTH - width(line, bold, TITLE_SIZE)) / 2);
            y -= height;
        }
        y -= 10;
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
        String prefix = clean(label) + ": ";
        float prefixWidth = width(prefix, bold, BODY_SIZE);
        float first = CONTENT_WIDTH - prefixWidth;
        float rest = CONTENT_WIDTH - CONTINUATION_INDENT;
        if (first < CONTENT_WIDTH / 4) {
            // A label too long to share its line: the value starts on the next one.
            paragraph(prefix.strip(), bold);
            first = rest;
            prefixWidth = -1;
        }
        List<String> lines = wrap(value, regular, BODY_SIZE, first, rest);
        float height = BODY_SIZE * LEADING;
        for (int i = 0; i < lines.size(); i++) {
            ensure(height);
            if (i == 0 && prefixWidth >= 0) {
                draw(prefix, bold, BODY_SIZE, MARGIN_LEFT);
                draw(lines.get(i), regular, BODY_SIZE, MARGIN_LEFT + prefixWidth);
            } else {
                draw(lines.get(i), regular, BODY_SIZE, MARGIN_LEFT + CONTINUATION_INDENT);
            }
            y -= height;
        }
        y -= 3;
    }

    /** A numbered list ("1.", "2.", …) with wrapped items aligned after their numbers. */
    void numbered(List<String> items) throws IOException {
        float numberWidth = width(items.size() + ". ", regular, BODY_SIZE);
        float textX = MARGIN_LEFT + LIST_INDENT + numberWidth;
        float textWidth = MARGIN_LEFT + CONTENT_WIDTH - textX;
        float height = BODY_SIZE * LEADING;
        for (int n = 0; n < items.size(); n++) {
            List<String> lines = wrap(items.get(n), regular, BODY_SIZE, textWidth, textWidth);
            for (int i = 0; i < lines.size(); i++) {
                ensure(height);
                if (i == 0) {
                    draw((n + 1) + ".", regular, BODY_SIZE, MARGIN_LEFT + LIST_INDENT);
                }
                draw(lines.get(i), regular, BODY_SIZE, textX);
                y -= height;
            }
        }
        y -= 3;
    }

    void space(float points) {
        y -= points;
    }

    /**
     * The signature block in the right column, kept on one page when it fits on one: the signer's role in bold
     * capitals, a hint to sign, room for the signature and the name in bold.
     */
    void signature(String role, String name) throws IOException {
        List<String> roleLines = wrap(upper(role), bold, BODY_SIZE, RIGHT_COLUMN_WIDTH, RIGHT_COLUMN_WIDTH);
        List<String> nameLines = wrap(name, bold, BODY_SIZE, RIGHT_COLUMN_WIDTH, RIGHT_COLUMN_WIDTH);
        float signatureRoom = 56;
        y -= 12;
        ensure((roleLines.size() + nameLines.size()) * BODY_SIZE * LEADING + NOTE_SIZE * LEADING + signatureRoom);
        centredFlow(roleLines, bold, BODY_SIZE);
        centredFlow(List.of("(Ký, ghi rõ họ tên)"), regular, NOTE_SIZE);
        y -= signatureRoom;
        centredFlow(nameLines, bold, BODY_SIZE);
    }

    /** Finishes the document: page numbers, metadata (title, author, subject, creation date), and the bytes. */
    byte[] finish(String title, String author, String subject, Instant created) throws IOException {
        content.close();
        content = null;
        int pages = document.getNumberOfPages();
        if (pages > 1) {
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
                        AppendMode.APPEND, true, true)) {
                    String text = "Trang " + (i + 1) + "/" + pages;
                    float x = MARGIN_LEFT + (CONTENT_WIDTH - width(text, regular, NOTE_SIZE)) / 2;
                    footer.beginText();
                    footer.setFont(regular, NOTE_SIZE);
                    footer.newLineAtOffset(x, MARGIN_BOTTOM / 2);
                    footer.showText(text);
                    footer.endText();
                }
            }
        }
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(clean(title));
        info.setAuthor(clean(author));
        info.setSubject(clean(subject));
        info.setCreator("OpenDVC");
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone(VietnamTime.ZONE));
        calendar.setTimeInMillis(created.toEpochMilli());
        info.setCreationDate(calendar);
        document.getDocumentCatalog().setLanguage("vi-VN");
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

    private void paragraph(String text, PDFont font) throws IOException {
        float height = BODY_SIZE * LEADING;
        for (String line : wrap(text, font, BODY_SIZE, CONTENT_WIDTH, CONTENT_WIDTH)) {
            ensure(height);
            draw(line, font, BODY_SIZE, MARGIN_LEFT);
            y -= height;
        }
        y -= 3;
    }

    /** Already wrapped lines centred in the right column at the cursor, breaking pages as needed. */
    private void centredFlow(List<String> lines, PDFont font, float size) throws IOException {
        for (String line : lines) {
            ensure(size * LEADING);
            draw(line, font, size, RIGHT_COLUMN_X + (RIGHT_COLUMN_WIDTH - width(line, font, size)) / 2);
            y -= size * LEADING;
        }
    }

    /** Centred, wrapped lines in a column starting at {@code top}; returns the top of the line after them. */
    private float centredLines(float x, float columnWidth, float top, String text, PDFont font, float size)
            throws IOException {
        float at = top;
        for (String line : wrap(text, font, size, columnWidth, columnWidth)) {
            float saved = y;
            y = at;
            draw(line, font, size, x + (columnWidth - width(line, font, size)) / 2);
            y = saved;
            at -= size * LEADING;
        }
        return at;
    }

    /** A thin centred rule of {@code length} under the descenders of the line above {@code top}; returns next top. */
    private float rule(float x, float columnWidth, float top, float length) throws IOException {
        float at = top - 0.5f;
        float start = x + (columnWidth - length) / 2;
        content.setLineWidth(0.6f);
        content.moveTo(start, at);
        content.lineTo(start + length, at);
        content.stroke();
        return top - 6;
    }

    /** Draws one line whose top is the current {@code y}. */
    private void draw(String line, PDFont font, float size, float x) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y - size);
        content.showText(line);
        content.endText();
    }

    /** Starts a new page unless {@code height} more fits above the bottom margin. */
    private void ensure(float height) throws IOException {
        if (y - height < MARGIN_BOTTOM) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN_TOP;
    }

    /**
     * Wraps text to lines no wider than {@code firstWidth} (first line) and {@code restWidth} (the others); line breaks
     * in the text are kept (an empty line stays empty), a word wider than a line is cut.
     */
    private List<String> wrap(String text, PDFont font, float size, float firstWidth, float restWidth)
            throws IOException {
        List<String> lines = new ArrayList<>();
        for (String source : Normalizer.normalize(text, Normalizer.Form.NFC).split("\\R")) {
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

    /** NFC, control characters and other spacing as plain spaces, undrawable characters as "?". */
    private String clean(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
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

    private static String upper(String text) {
        return text.toUpperCase(java.util.Locale.forLanguageTag("vi"));
    }

    private static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }
}
