package vn.opendvc.payment.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.springframework.stereotype.Component;

import vn.opendvc.agency.Agency;
import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.identity.Accounts;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.payment.Payment;
import vn.opendvc.payment.PaymentStatus;
import vn.opendvc.pdf.PdfFonts;
import vn.opendvc.pdf.PdfInfo;
import vn.opendvc.pdf.PdfPages;
import vn.opendvc.web.VietnamTime;

/**
 * The electronic receipt (biên lai thu phí, lệ phí điện tử) of a succeeded payment: one A4 page in Vietnamese with
 * the DejaVu Sans font embedded (subset), made the same from the same payment.
 */
@Component
public class ReceiptPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'ngày' dd/MM/yyyy")
            .withZone(VietnamTime.ZONE);
    private static final PdfPages.Margins MARGINS = new PdfPages.Margins(60, 60, 60, 60);
    private static final float LEADING = 1.6f;
    private static final float FIELD_SIZE = 11;

    private final PdfFonts fonts = PdfFonts.dejaVuSans();
    private final AgencyDirectory agencies;
    private final Accounts accounts;

    ReceiptPdf(AgencyDirectory agencies, Accounts accounts) {
        this.agencies = agencies;
        this.accounts = accounts;
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
        try (PdfPages pages = new PdfPages(fonts, MARGINS)) {
            PDFont regular = pages.regular();
            PDFont bold = pages.bold();
            line(pages, bold, 10, agencyName.toUpperCase(java.util.Locale.forLanguageTag("vi")), false);
            line(pages, bold, 10, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true);
            line(pages, regular, 10, "Độc lập - Tự do - Hạnh phúc", true);
            pages.down(18);
            line(pages, bold, 15, "BIÊN LAI THU PHÍ, LỆ PHÍ ĐIỆN TỬ", true);
            line(pages, regular, 10, "Số: " + number(payment), true);
            pages.down(14);
            field(pages, "Đơn vị thu", agencyName);
            field(pages, "Người nộp", payer);
            field(pages, "Nội dung", payment.orderInfo());
            field(pages, "Mã hồ sơ tham chiếu", Long.toString(payment.reference()));
            field(pages, "Số tiền", Money.vnd(payment.amountVnd()));
            field(pages, "Bằng chữ", Money.inWords(payment.amountVnd()));
            field(pages, "Hình thức thanh toán", "Trực tuyến qua cổng " + payment.gateway());
            field(pages, "Mã giao dịch", payment.txnRef()
                    + (payment.gatewayTransactionNo() == null ? "" : " / mã cổng thanh toán " + payment.gatewayTransactionNo()));
            if (payment.bankCode() != null) {
                field(pages, "Ngân hàng", payment.bankCode());
            }
            field(pages, "Thời điểm thanh toán", TIME.format(payment.settledAt()));
            pages.down(18);
            line(pages, regular, 9, "Biên lai điện tử được lập tự động khi cổng thanh toán xác nhận giao dịch"
                    + " thành công; có giá trị như biên lai giấy. Tra cứu giao dịch bằng mã giao dịch nêu trên.", false);
            return pages.finish(new PdfInfo("Biên lai điện tử " + number(payment), agencyName, null,
                    payment.settledAt(), null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make receipt of payment " + payment.id(), e);
        }
    }

    /** Text over the page width, left-aligned or centred. */
    private static void line(PdfPages pages, PDFont font, float size, String text, boolean centred)
            throws IOException {
        for (String part : pages.wrap(text, font, size, pages.width())) {
            pages.ensure(size * LEADING);
            if (centred) {
                pages.centred(part, font, size, pages.left(), pages.width());
            } else {
                pages.draw(part, font, size, pages.left());
            }
            pages.down(size * LEADING);
        }
    }

    /** "name: value" with the value in bold; long values continue aligned after the name. */
    private static void field(PdfPages pages, String name, String text) throws IOException {
        String prefix = name + ": ";
        float indent = PdfPages.width(prefix, pages.regular(), FIELD_SIZE);
        List<String> parts = pages.wrap(text, pages.bold(), FIELD_SIZE, pages.width() - indent);
        for (int i = 0; i < parts.size(); i++) {
            pages.ensure(FIELD_SIZE * LEADING);
            if (i == 0) {
                pages.draw(prefix, pages.regular(), FIELD_SIZE, pages.left());
            }
            pages.draw(parts.get(i), pages.bold(), FIELD_SIZE, pages.left() + indent);
            pages.down(FIELD_SIZE * LEADING);
        }
    }
}
