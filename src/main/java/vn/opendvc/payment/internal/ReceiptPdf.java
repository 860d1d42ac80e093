package vn.opendvc.payment.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

import vn.opendvc.agency.Agency;
import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.identity.Accounts;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.payment.Payment;
import vn.opendvc.payment.PaymentStatus;
import vn.opendvc.web.VietnamTime;

/**
 * The electronic receipt (biên lai thu phí, lệ phí điện tử) of a succeeded payment: one A4 page in Vietnamese with
 * the DejaVu Sans font embedded (subset), made the same from the same payment.
 */
@Component
public class ReceiptPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'ngày' dd/MM/yyyy").withZone(VietnamTime.ZONE);
    private static final float MARGIN = 60;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final byte[] regular = font("/fonts/DejaVuSans.ttf");
    private final byte[] bold = font("/fonts/DejaVuSans-Bold.ttf");
    private final AgencyDirectory agencies;
    private final Accounts accounts;

    ReceiptPdf(AgencyDirectory agencies, Accounts accounts) {
        this.agencies = agencies;
        this.accounts = accounts;
    }

    private static byte[] font(String resource) {
        try (InputStream in = ReceiptPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The receipt number printed on it: {@code BL-<year of payment>-<payment id, 8 digits>}. */
    public static String number(Payment payment) {
        return "BL-" + payment.settledAt().atZone(VietnamTime.ZONE).getYear() + "-" + String.format("%08d", payment.id());
    }

    /** @throws IllegalArgumentException when the payment has not succeeded */
    public byte[] render(Payment payment) {
        if (payment.status() != PaymentStatus.SUCCEEDED && payment.status() != PaymentStatus.REFUNDED) {
            throw new IllegalArgumentException("no receipt for a payment that is " + payment.status());
        }
        String agencyName = agencies.find(payment.agencyCode()).map(Agency::name).orElse(payment.agencyCode());
        String payer = accounts.find(payment.payerAccountId()).map(CurrentUser::displayName).orElse("—");
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regularFont = PDType0Font.load(document, new ByteArrayInputStream(regular));
            PDFont boldFont = PDType0Font.load(document, new ByteArrayInputStream(bold));
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Biên lai điện tử " + number(payment));
            info.setAuthor(agencyName);
            info.setCreator("OpenDVC");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone(VietnamTime.ZONE));
            created.setTimeInMillis(payment.settledAt().toEpochMilli());
            info.setCreationDate(created);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                Writer w = new Writer(content, PDRectangle.A4.getHeight() - MARGIN);
                w.line(boldFont, 10, agencyName.toUpperCase(java.util.Locale.forLanguageTag("vi")), false);
                w.line(boldFont, 10, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true);
                w.line(regularFont, 10, "Độc lập - Tự do - Hạnh phúc", true);
                w.gap(18);
                w.line(boldFont, 15, "BIÊN LAI THU PHÍ, LỆ PHÍ ĐIỆN TỬ", true);
                w.line(regularFont, 10, "Số: " + number(payment), true);
                w.gap(14);
                w.field(regularFont, boldFont, "Đơn vị thu", agencyName);
                w.field(regularFont, boldFont, "Người nộp", payer);
                w.field(regularFont, boldFont, "Nội dung", payment.orderInfo());
                w.field(regularFont, boldFont, "Mã hồ sơ tham chiếu", Long.toString(payment.reference()));
                w.field(regularFont, boldFont, "Số tiền", Money.vnd(payment.amountVnd()));
                w.field(regularFont, boldFont, "Bằng chữ", Money.inWords(payment.amountVnd()));
                w.field(regularFont, boldFont, "Hình thức thanh toán", "Trực tuyến qua cổng " + payment.gateway());
                w.field(regularFont, boldFont, "Mã giao dịch", payment.txnRef()
                        + (payment.gatewayTransactionNo() == null ? "" : " / mã cổng thanh toán " + payment.gatewayTransactionNo()));
                if (payment.bankCode() != null) {
                    w.field(regularFont, boldFont, "Ngân hàng", payment.bankCode());
                }
                w.field(regularFont, boldFont, "Thời điểm thanh toán", TIME.format(payment.settledAt()));
                w.gap(18);
                w.paragraph(regularFont, 9, "Biên lai điện tử được lập tự động khi cổng thanh toán xác nhận giao dịch"
                        + " thành công; có giá trị như biên lai giấy. Tra cứu giao dịch bằng mã giao dịch nêu trên.");
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make receipt of payment " + payment.id(), e);
        }
    }

    /** Writes lines top to bottom, wrapping to the page width. */
    private static final class Writer {
        private final PDPageContentStream content;
        private float y;

        Writer(PDPageContentStream content, float top) {
            this.content = content;
            this.y = top;
        }

        void gap(float points) {
            y -= points;
        }

        void line(PDFont font, float size, String text, boolean centred) throws IOException {
            for (String part : wrap(font, size, clean(text), WIDTH)) {
                float x = centred ? MARGIN + (WIDTH - font.getStringWidth(part) / 1000 * size) / 2 : MARGIN;
                draw(font, size, x, part);
            }
        }

        void paragraph(PDFont font, float size, String text) throws IOException {
            line(font, size, text, false);
        }

        void field(PDFont label, PDFont value, String name, String text) throws IOException {
            float size = 11;
            String prefix = name + ": ";
            float indent = label.getStringWidth(prefix) / 1000 * size;
            List<String> parts = wrap(value, size, clean(text), WIDTH - indent);
            for (int i = 0; i < parts.size(); i++) {
                if (i == 0) {
                    content.beginText();
                    content.setFont(label, size);
                    content.newLineAtOffset(MARGIN, y - size);
                    content.showText(prefix);
                    content.setFont(value, size);
                    content.showText(parts.get(0));
                    content.endText();
                    y -= size * 1.6f;
                } else {
                    draw(value, size, MARGIN + indent, parts.get(i));
                }
            }
        }

        private void draw(PDFont font, float size, float x, String text) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y - size);
            content.showText(text);
            content.endText();
            y -= size * 1.6f;
        }

        private static String clean(String text) {
            return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).replaceAll("\\p{Cntrl}", " ");
        }

        private static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" +")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size <= width || current.isEmpty()) {
                    current.setLength(0);
                    current.append(candidate);
                } else {
                    lines.add(current.toString());
                    current.setLength(0);
                    current.append(word);
                }
            }
            lines.add(current.toString());
            return lines;
        }
    }
}
