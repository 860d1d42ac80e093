package vn.opendvc.result.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import vn.opendvc.pdf.PdfFonts;
import vn.opendvc.pdf.PdfInfo;
import vn.opendvc.pdf.PdfPages;
import vn.opendvc.result.DeclaredField;
import vn.opendvc.result.ResultRequest;
import vn.opendvc.web.VietnamTime;

/**
 * The generic certificate layout of a result: agency and national motto at the top, the result type as title, the
 * holder and the declared fields, the date and signer, and a QR code of the verification URL, on one A4 page set with
 * the PDF kit's fonts. Text is placed on baselines; every placing method returns the baseline of the next line. One
 * instance serves all results; each document loads its own copy of the fonts.
 */
final class ResultPdf {

    private static final float MARGIN = 56;
    private static final PdfPages.Margins MARGINS = new PdfPages.Margins(MARGIN, MARGIN, MARGIN, MARGIN);
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float QR_SIZE = 96;

    private final PdfFonts fonts = PdfFonts.dejaVuSans();

    byte[] render(ResultRequest request, String verificationUrl) {
        try (PdfPages pages = new PdfPages(fonts, MARGINS)) {
            PDFont normal = pages.regular();
            PDFont strong = pages.bold();
            header(pages, request);
            float y = HEIGHT - 200;
            y = centredIn(pages, request.resultType().toUpperCase(Locale.forLanguageTag("vi")), strong, 18, MARGIN,
                    WIDTH - 2 * MARGIN, y);
            y -= 30;
            float labelWidth = 170;
            y = pair(pages, "Thủ tục", request.procedureName(), normal, strong, labelWidth, y);
            y = pair(pages, "Cấp cho", request.holderName(), normal, strong, labelWidth, y);
            if (present(request.holderIdNumber())) {
                y = pair(pages, "Số định danh", request.holderIdNumber(), normal, strong, labelWidth, y);
            }
            y -= 8;
            for (DeclaredField field : request.fields()) {
                y = pair(pages, field.label(), field.value(), normal, normal, labelWidth, y);
                if (y < 260) {
                    break;
                }
            }
            signature(pages, request);
            qr(pages.content(), verificationUrl);
            pages.drawAt("Mã tra cứu, xác thực: quét mã QR hoặc truy cập", normal, 8, MARGIN,
                    MARGIN + QR_SIZE + 22);
            pages.drawAt(clean(verificationUrl), normal, 8, MARGIN, MARGIN + QR_SIZE + 10);
            return pages.finish(new PdfInfo(clean(request.resultType()), clean(request.agencyName()),
                    clean(request.procedureName()), request.issuedAt(), null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the result document", e);
        }
    }

    private static void header(PdfPages pages, ResultRequest request) throws IOException {
        float column = (WIDTH - 2 * MARGIN) / 2;
        float y = HEIGHT - MARGIN;
        float left = centredIn(pages, request.agencyName().toUpperCase(Locale.forLanguageTag("vi")), pages.bold(), 10,
                MARGIN, column - 10, y);
        if (present(request.dossierCode())) {
            centredIn(pages, "Số hồ sơ: " + request.dossierCode(), pages.regular(), 9, MARGIN, column - 10, left - 4);
        }
        float right = centredIn(pages, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", pages.bold(), 10, MARGIN + column, column,
                y);
        centredIn(pages, "Độc lập - Tự do - Hạnh phúc", pages.bold(), 10, MARGIN + column, column, right);
    }

    private static void signature(PdfPages pages, ResultRequest request) throws IOException {
        ZonedDateTime at = request.issuedAt().atZone(VietnamTime.ZONE);
        float column = (WIDTH - 2 * MARGIN) / 2;
        float x = MARGIN + column;
        float y = 230;
        y = centredIn(pages, "Ngày %02d tháng %02d năm %d".formatted(at.getDayOfMonth(), at.getMonthValue(),
                at.getYear()), pages.regular(), 10, x, column, y);
        y = centredIn(pages, "THỦ TRƯỞNG CƠ QUAN", pages.bold(), 10, x, column, y - 2);
        y = centredIn(pages, "(Đã ký số)", pages.regular(), 9, x, column, y - 30);
        if (present(request.signerName())) {
            centredIn(pages, request.signerName(), pages.bold(), 11, x, column, y - 6);
        }
    }

    /** Wrapped lines centred in a column from the baseline {@code y}. */
    private static float centredIn(PdfPages pages, String text, PDFont font, float size, float x, float width,
            float y) throws IOException {
        for (String line : pages.wrap(clean(text), font, size, width)) {
            pages.drawAt(line, font, size, x + (width - PdfPages.width(line, font, size)) / 2, y);
            y -= size * 1.4f;
        }
        return y;
    }

    /** The label (wrapped in its column) and the value beside it. */
    private static float pair(PdfPages pages, String label, String value, PDFont labelFont, PDFont valueFont,
            float labelWidth, float y) throws IOException {
        float size = 11;
        List<String> labels = pages.wrap(clean(label) + ":", labelFont, size, labelWidth - 8);
        List<String> values = pages.wrap(clean(value), valueFont, size, WIDTH - 2 * MARGIN - labelWidth);
        int lines = Math.max(labels.size(), values.size());
        for (int i = 0; i < lines; i++) {
            if (i < labels.size()) {
                pages.drawAt(labels.get(i), labelFont, size, MARGIN, y);
            }
            if (i < values.size()) {
                pages.drawAt(values.get(i), valueFont, size, MARGIN + labelWidth, y);
            }
            y -= size * 1.5f;
        }
        return y;
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

    /** A result reads as single lines: runs of control characters (line breaks, tabs) become one space. */
    static String clean(String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}+", " ").strip();
    }
}
