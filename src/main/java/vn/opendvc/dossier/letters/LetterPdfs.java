package vn.opendvc.dossier.letters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

import vn.opendvc.pdf.PdfFonts;

/**
 * Renders the letters of the receiving step as A4 PDF files in Vietnamese. Each call builds a fresh document, so one
 * instance serves any number of threads; the fonts are read from the class path once, when the instance is made.
 * The PDF metadata carries the letter's title, the agency as author, the dossier code as subject and the moment the
 * file was made (from the clock) as creation date.
 */
@Component
public class LetterPdfs {

    static final String RECEIPT_TITLE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ";
    static final String SUPPLEMENT_TITLE = "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ";
    static final String REFUSAL_TITLE = "PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ";
    static final String APOLOGY_TITLE = "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ";

    private static final String RECEIVING_OFFICER = "Người tiếp nhận hồ sơ";

    private final PdfFonts fonts = PdfFonts.dejaVuSans();
    private final Clock clock;

    /** Metadata creation dates from the system clock. */
    public LetterPdfs() {
        this(Clock.systemUTC());
    }

    /** Metadata creation dates from {@code clock}. */
    @org.springframework.beans.factory.annotation.Autowired
    public LetterPdfs(Clock clock) {
        this.clock = clock;
    }

    /** "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", dated the day the dossier was received. */
    public byte[] receipt(Receipt r) {
        Issuer issuer = r.issuer();
        return render(RECEIPT_TITLE, issuer, r.dossierCode(), r.receivedAt(), layout -> {
            layout.paragraph(issuer.agencyName() + " đã tiếp nhận hồ sơ của:");
            layout.field("Ông/Bà", r.applicantName());
            if (r.applicantPhone() != null) {
                layout.field("Số điện thoại", r.applicantPhone());
            }
            layout.field("Nội dung yêu cầu giải quyết", r.procedureName());
            layout.field("Mã hồ sơ", r.dossierCode());
            layout.boldParagraph("Thành phần hồ sơ nộp gồm:");
            layout.numbered(r.documents().stream()
                    .map(d -> d.name() + " (số lượng: " + d.copies() + " bản)")
                    .toList());
            layout.field("Thời gian nhận hồ sơ", LetterDates.timeAndDate(r.receivedAt()));
            layout.field("Thời gian hẹn trả kết quả", LetterDates.timeAndDate(r.promisedAt()));
            layout.field("Hình thức nộp hồ sơ", r.channel().label());
            layout.space(4);
            layout.paragraph("Ông/Bà tra cứu tình trạng giải quyết hồ sơ bằng mã hồ sơ " + r.dossierCode()
                    + " trên Cổng dịch vụ công. Khi nhận kết quả trực tiếp, vui lòng mang theo giấy tiếp nhận này.");
            layout.signature(RECEIVING_OFFICER, r.officerName());
        });
    }

    /** "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ" listing everything to supplement or correct. */
    public byte[] supplementRequest(SupplementRequest s) {
        Issuer issuer = s.issuer();
        return render(SUPPLEMENT_TITLE, issuer, s.dossierCode(), s.issuedAt(), layout -> {
            layout.paragraph(issuer.agencyName() + " đã tiếp nhận hồ sơ của:");
            layout.field("Ông/Bà", s.applicantName());
            layout.field("Nội dung yêu cầu giải quyết", s.procedureName());
            layout.field("Mã hồ sơ", s.dossierCode());
            layout.paragraph("Hồ sơ chưa đầy đủ, chưa hợp lệ. Đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ gồm những "
                    + "nội dung sau:");
            layout.numbered(s.items());
            if (s.note() != null) {
                layout.field("Ghi chú", s.note());
            }
            layout.paragraph("Thời gian bổ sung, hoàn thiện hồ sơ không tính vào thời hạn giải quyết. Ông/Bà bổ "
                    + "sung một lần đầy đủ các nội dung trên; nếu có vướng mắc, xin liên hệ " + issuer.agencyName()
                    + " để được hướng dẫn.");
            layout.signature(RECEIVING_OFFICER, s.officerName());
        });
    }

    /** "Phiếu từ chối tiếp nhận, giải quyết hồ sơ" with its reasons. */
    public byte[] refusal(Refusal f) {
        Issuer issuer = f.issuer();
        return render(REFUSAL_TITLE, issuer, f.dossierCode(), f.issuedAt(), layout -> {
            layout.paragraph(issuer.agencyName() + " đã nhận hồ sơ của:");
            layout.field("Ông/Bà", f.applicantName());
            layout.field("Nội dung yêu cầu giải quyết", f.procedureName());
            layout.field("Mã hồ sơ", f.dossierCode());
            layout.paragraph("Qua xem xét, " + issuer.agencyName() + " thông báo không tiếp nhận, giải quyết hồ sơ "
                    + "này với lý do cụ thể như sau:");
            layout.numbered(f.reasons());
            layout.paragraph("Xin thông báo để Ông/Bà được biết và thực hiện.");
            layout.signature(RECEIVING_OFFICER, f.officerName());
        });
    }

    /** "Phiếu xin lỗi và hẹn lại ngày trả kết quả" with the original and the new promised dates. */
    public byte[] apology(ApologyLetter a) {
        Issuer issuer = a.issuer();
        return render(APOLOGY_TITLE, issuer, a.dossierCode(), a.issuedAt(), layout -> {
            layout.paragraph(issuer.agencyName() + " đã tiếp nhận hồ sơ của:");
            layout.field("Ông/Bà", a.applicantName());
            layout.field("Nội dung yêu cầu giải quyết", a.procedureName());
            layout.field("Mã hồ sơ", a.dossierCode());
            layout.field("Thời gian hẹn trả kết quả", LetterDates.timeAndDate(a.originalPromisedAt()));
            layout.paragraph("Hồ sơ của Ông/Bà không thể giải quyết xong đúng thời hạn đã hẹn.");
            layout.field("Lý do", a.reason());
            layout.paragraph("Sự chậm trễ này đã gây phiền hà cho Ông/Bà. " + issuer.agencyName()
                    + " thành thật xin lỗi Ông/Bà và hẹn lại thời gian trả kết quả như sau:");
            layout.field("Thời gian hẹn trả kết quả mới", LetterDates.timeAndDate(a.newPromisedAt()));
            layout.paragraph("Rất mong nhận được sự thông cảm của Ông/Bà.");
            layout.signature(a.signerTitle(), a.signerName());
        });
    }

    private byte[] render(String title, Issuer issuer, String dossierCode, Instant dated, Body body) {
        try (LetterLayout layout = new LetterLayout(fonts)) {
            layout.heading(issuer.agencyName(), dossierCode, LetterDates.placeAndDate(issuer.place(), dated));
            layout.title(title);
            body.write(layout);
            return layout.finish(title, issuer.agencyName(), "Hồ sơ " + dossierCode, clock.instant());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + title + " for dossier " + dossierCode, e);
        }
    }

    /** What a letter writes between its title and the end. */
    @FunctionalInterface
    private interface Body {
        void write(LetterLayout layout) throws IOException;
    }
}
