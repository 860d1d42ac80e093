package vn.opendvc.result.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import vn.opendvc.result.DeclaredField;
import vn.opendvc.result.ResultRequest;
import vn.opendvc.web.VietnamTime;

/**
 * The generic certificate layout of a result: agency and national motto at the top, the result type as title, the
 * holder and the declared fields, the date and signer, and a QR code of the verification URL. Text is set in DejaVu
 * Sans (embedded, subset), which covers every Vietnamese letter. One instance serves all results; each document loads
 * its own copy of the fonts.
 */
final class ResultPdf {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float QR_SIZE = 96;

    private final byte[] regular = font("/fonts/DejaVuSans.ttf");
    private final byte[] bold = font("/fonts/DejaVuSans-Bold.ttf");

    byte[] render(ResultRequest request, String verificationUrl) {
        try (PDDocument document = new PDDocument()) {
            PDType0Font normal = PDType0Font.load(document, new ByteArrayInputStream(regular));
            PDType0Font strong = PDType0Font.load(document, new ByteArrayInputStream(bold));
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            info(document, request);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                Writer w = new Writer(content);
                header(w, request, normal, strong);
                float y = HEIGHT - 200;
                y = w.centered(request.resultType().toUpperCase(Locale.forLanguageTag("vi")), strong, 18, y);
                y -= 30;
                float labelWidth = 170;
                y = w.pair("Thủ tục", request.procedureName(), normal, strong, labelWidth, y);
                y = w.pair("Cấp cho", request.holderName(), normal, strong, labelWidth, y);
                if (present(request.holderIdNumber())) {
                    y = w.pair("Số định danh", request.holderIdNumber(), normal, strong, labelWidth, y);
                }
                y -= 8;
                for (DeclaredField field : request.fields()) {
                    y = w.pair(field.label(), field.value(), normal, normal, labelWidth, y);
                    if (y < 260) {
                        break;
                    }
                }
                signature(w, request, normal, strong);
                qr(content, verificationUrl);
                w.left("Mã tra cứu, xác thực: quét mã QR hoặc truy cập", normal, 8, MARGIN, MARGIN + QR_SIZE + 22);
                w.left(verificationUrl, normal, 8, MARGIN, MARGIN + QR_SIZE + 10);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the result document", e);
        }
    }

    private static void info(PDDocument document, ResultRequest request) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(clean(request.resultType()));
        info.setAuthor(clean(request.agencyName()));
        info.setSubject(clean(request.procedureName()));
        info.setCreator("OpenDVC");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone(VietnamTime.ZONE));
        created.setTimeInMillis(request.issuedAt().toEpochMilli());
        info.setCreationDate(created);
    }

    private static void header(Writer w, ResultRequest request, PDFont normal, PDFont strong) throws IOException {
        float column = (WIDTH - 2 * MARGIN) / 2;
        float y = HEIGHT - MARGIN;
        float left = w.centeredIn(request.agencyName().toUpperCase(Locale.forLanguageTag("vi")), strong, 10,
                MARGIN, column - 10, y);
        if (present(request.dossierCode())) {
            w.centeredIn("Số hồ sơ: " + request.dossierCode(), normal, 9, MARGIN, column - 10, left - 4);
        }
        float right = w.centeredIn("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", strong, 10, MARGIN + column, column, y);
        w.centeredIn("Độc lập - Tự do - Hạnh phúc", strong, 10, MARGIN + column, column, right);
    }

    private static void signature(Writer w, ResultRequest request, PDFont normal, PDFont strong) throws IOException {
        ZonedDateTime at = request.issuedAt().atZone(VietnamTime.ZONE);
        float column = (WIDTH - 2 * MARGIN) / 2;
        float x = MARGIN + column;
        float y = 230;
        y = w.centeredIn("Ngày %02d tháng %02d năm %d".formatted(at.getDayOfMonth(), at.getMonthValue(),
                at.getYear()), normal, 10, x, column, y);
        y = w.centeredIn("THỦ TRƯỞNG CƠ QUAN", strong, 10, x, column, y - 2);
        y = w.centeredIn("(Đã ký số)", normal, 9, x, column, y - 30);
        if (present(request.signerName())) {
            w.centeredIn(request.signerName(), strong, 11, x, column, y - 6);
        }
    }

    private static void qr(PDPageContentStream content, String url) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalStateException("cannot encode the verification URL as a QR code", e);
        }
        float module = QR_SIZE / matrix.getWidth();
        float x0 = MARGIN;
        float y0 = MARGIN;
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    content.addRect(x0 + col * module, y0 + (matrix.getHeight() - 1 - row) * module, module, module);
                }
            }
        }
        content.fill();
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** Control characters (line breaks, tabs) cannot be shown by a PDF text operator. */
    static String clean(String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}+", " ").strip();
    }

    private static byte[] font(String resource) {
        try (InputStream in = ResultPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }

    /** Text placement with wrapping; every method returns the baseline of the next line. */
    private record Writer(PDPageContentStream content) {

        float left(String text, PDFont font, float size, float x, float y) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(clean(text));
            content.endText();
            return y - size * 1.4f;
        }

        float centered(String text, PDFont font, float size, float y) throws IOException {
            return centeredIn(text, font, size, MARGIN, WIDTH - 2 * MARGIN, y);
        }

        float centeredIn(String text, PDFont font, float size, float x, float width, float y) throws IOException {
            for (String line : wrap(clean(text), font, size, width)) {
                float lineWidth = font.getStringWidth(line) / 1000 * size;
                left(line, font, size, x + (width - lineWidth) / 2, y);
                y -= size * 1.4f;
            }
            return y;
        }

        float pair(String label, String value, PDFont labelFont, PDFont valueFont, float labelWidth, float y)
                throws IOException {
            float size = 11;
            List<String> labels = wrap(clean(label) + ":", labelFont, size, labelWidth - 8);
            List<String> values = wrap(clean(value), valueFont, size, WIDTH - 2 * MARGIN - labelWidth);
            int lines = Math.max(labels.size(), values.size());
            for (int i = 0; i < lines; i++) {
                if (i < labels.size()) {
                    left(labels.get(i), labelFont, size, MARGIN, y);
                }
                if (i < values.size()) {
                    left(values.get(i), valueFont, size, MARGIN + labelWidth, y);
                }
                y -= size * 1.5f;
            }
            return y;
        }

        private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            if (!line.isEmpty() || lines.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }
    }
}
