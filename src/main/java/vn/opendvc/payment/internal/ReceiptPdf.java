package vn.opendvc.payment.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;

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
            pages.paragraph(agencyName.toUpperCase(java.util.Locale.forLanguageTag("vi")), bold, 10, LEADING, false);
            pages.paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold, 10, LEADING, true);
            pages.paragraph("Độc lập - Tự do - Hạnh phúc", regular, 10, LEADING, true);
            pages.down(18);
            pages.paragraph("BIÊN LAI THU PHÍ, LỆ PHÍ ĐIỆN TỬ", bold, 15, LEADING, true);
            pages.paragraph("Số: " + number(payment), regular, 10, LEADING, true);
            pages.down(14);
            pages.field("Đơn vị thu", agencyName, FIELD_SIZE, LEADING);
            pages.field("Người nộp", payer, FIELD_SIZE, LEADING);
            pages.field("Nội dung", payment.orderInfo(), FIELD_SIZE, LEADING);
            pages.field("Mã hồ sơ tham chiếu", Long.toString(payment.reference()), FIELD_SIZE, LEADING);
            pages.field("Số tiền", Money.vnd(payment.amountVnd()), FIELD_SIZE, LEADING);
            pages.field("Bằng chữ", Money.inWords(payment.amountVnd()), FIELD_SIZE, LEADING);
            pages.field("Hình thức thanh toán", "Trực tuyến qua cổng " + payment.gateway(), FIELD_SIZE, LEADING);
            pages.field("Mã giao dịch", payment.txnRef() + (payment.gatewayTransactionNo() == null ? ""
                    : " / mã cổng thanh toán " + payment.gatewayTransactionNo()), FIELD_SIZE, LEADING);
            if (payment.bankCode() != null) {
                pages.field("Ngân hàng", payment.bankCode(), FIELD_SIZE, LEADING);
            }
            pages.field("Thời điểm thanh toán", TIME.format(payment.settledAt()), FIELD_SIZE, LEADING);
            pages.down(18);
            pages.paragraph("Biên lai điện tử được lập tự động khi cổng thanh toán xác nhận giao dịch"
                    + " thành công; có giá trị như biên lai giấy. Tra cứu giao dịch bằng mã giao dịch nêu trên.",
                    regular, 9, LEADING, false);
            return pages.finish(new PdfInfo("Biên lai điện tử " + number(payment), agencyName, null,
                    payment.settledAt(), null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make receipt of payment " + payment.id(), e);
        }
    }


}
