package vn.opendvc.dossier.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class LetterPdfsTest {

    private static final Instant MADE = Instant.parse("2026-11-22T03:00:00Z");
    private static final Issuer ISSUER = new Issuer("Trung tâm Phục vụ hành chính công thành phố Đà Nẵng", "Đà Nẵng");
    private static final String CODE = "G22.DN-261120-0042";
    /** 09:30 on 20/11/2026 in Asia/Ho_Chi_Minh. */
    private static final Instant RECEIVED = Instant.parse("2026-11-20T02:30:00Z");
    /** 16:00 on 25/11/2026 in Asia/Ho_Chi_Minh. */
    private static final Instant PROMISED = Instant.parse("2026-11-25T09:00:00Z");

    private final LetterPdfs letters = new LetterPdfs(Clock.fixed(MADE, ZoneOffset.UTC));

    private static Receipt receipt(List<ReceivedDocument> documents) {
        return new Receipt(ISSUER, CODE, "Nguyễn Thị Hồng Nhung", "0905 123 456",
                "Đăng ký khai sinh có yếu tố nước ngoài", documents, RECEIVED, PROMISED, SubmissionChannel.ONLINE,
                "Trần Đức Thắng");
    }

    private static Receipt receipt() {
        return receipt(List.of(new ReceivedDocument("Tờ khai đăng ký khai sinh", 1),
                new ReceivedDocument("Giấy chứng sinh", 2)));
    }

    // --- receipt -------------------------------------------------------------------------------------------------

    @Test
    void receiptShowsTheHeadingTheApplicantTheDocumentsAndTheDatesInVietnamTime() throws IOException {
        String text = text(letters.receipt(receipt()));

        assertThat(text.replaceAll("\\s+", " ")).contains("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG THÀNH PHỐ ĐÀ NẴNG");
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                "Đà Nẵng, ngày 20 tháng 11 năm 2026", CODE, "Nguyễn Thị Hồng Nhung", "0905 123 456",
                "Đăng ký khai sinh có yếu tố nước ngoài", "Tờ khai đăng ký khai sinh (số lượng: 1 bản)",
                "Giấy chứng sinh (số lượng: 2 bản)", "trực tuyến", "Trần Đức Thắng", "NGƯỜI TIẾP NHẬN HỒ SƠ");
        assertThat(text).contains("Thời gian nhận hồ sơ: 09:30 ngày 20/11/2026")
                .contains("Thời gian hẹn trả kết quả: 16:00 ngày 25/11/2026");
    }

    @Test
    void receiptIsOneA4PageWithEmbeddedUnicodeFontsAndMetadata() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(letters.receipt(receipt()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(box.getHeight()).isEqualTo(PDRectangle.A4.getHeight());

            List<PDFont> fonts = fonts(pdf.getPage(0));
            assertThat(fonts).hasSize(2).allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                // "ABCDEF+DejaVuSans": a subset, not the whole 700 kB font
                assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans(-Bold)?");
            });
            assertThat(fonts).extracting(PDFont::getName)
                    .anySatisfy(name -> assertThat(name).endsWith("+DejaVuSans"))
                    .anySatisfy(name -> assertThat(name).endsWith("+DejaVuSans-Bold"));

            var info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
            assertThat(info.getAuthor()).isEqualTo(ISSUER.agencyName());
            assertThat(info.getSubject()).isEqualTo("Hồ sơ " + CODE);
            assertThat(info.getCreationDate().toInstant()).isEqualTo(MADE);
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("vi-VN");
        }
    }

    @Test
    void datesAreReadInVietnamNotUtc() throws IOException {
        // 17:30 UTC on 20/11 is already 00:30 on 21/11 in Đà Nẵng.
        Instant lateEvening = Instant.parse("2026-11-20T17:30:00Z");
        Receipt r = new Receipt(ISSUER, CODE, "Lê Văn Ánh", null, "Cấp bản sao trích lục", List.of(
                new ReceivedDocument("Tờ khai", 1)), lateEvening, PROMISED, SubmissionChannel.POST, "Phạm Thu Hà");

        String text = text(letters.receipt(r));

        assertThat(text).contains("Đà Nẵng, ngày 21 tháng 11 năm 2026", "00:30 ngày 21/11/2026", "bưu chính")
                .doesNotContain("Số điện thoại");
    }

    @Test
    void placeAndDateFollowTheLeadingZeroRuleForDaysAndJanuaryFebruary() {
        assertThat(LetterDates.placeAndDate("Huế", Instant.parse("2026-02-04T20:00:00Z")))
                .isEqualTo("Huế, ngày 05 tháng 02 năm 2026");
        assertThat(LetterDates.placeAndDate("Huế", Instant.parse("2026-03-04T20:00:00Z")))
                .isEqualTo("Huế, ngày 05 tháng 3 năm 2026");
        assertThat(LetterDates.placeAndDate("Đà Nẵng", Instant.parse("2026-11-22T01:00:00Z")))
                .isEqualTo("Đà Nẵng, ngày 22 tháng 11 năm 2026");
    }

    @Test
    void aLongDocumentListSpillsOntoANumberedSecondPage() throws IOException {
        List<ReceivedDocument> documents = IntStream.rangeClosed(1, 45)
                .mapToObj(i -> new ReceivedDocument("Bản sao chứng thực giấy tờ thứ " + i, 1))
                .toList();

        try (PDDocument pdf = Loader.loadPDF(letters.receipt(receipt(documents)))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            String first = pageText(pdf, 1);
            String second = pageText(pdf, 2);
            assertThat(first).contains("GIẤY TIẾP NHẬN HỒ SƠ", "giấy tờ thứ 1 ", "Trang 1/2")
                    .doesNotContain("giấy tờ thứ 45");
            assertThat(second).contains("giấy tờ thứ 45", "Trần Đức Thắng", "Trang 2/2");
            assertThat(fonts(pdf.getPage(1))).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
        }
    }

    @Test
    void longTextIsWrappedInsideTheMarginsAndNothingIsLost() throws IOException {
        String longName = "Giấy xác nhận tình trạng hôn nhân do Ủy ban nhân dân cấp xã nơi thường trú cấp, "
                + "còn giá trị sử dụng, kèm bản dịch có chứng thực chữ ký người dịch sang tiếng Việt";
        String unbroken = "X".repeat(40) + "Ứ".repeat(40) + "Y".repeat(40);
        byte[] pdf = letters.receipt(receipt(List.of(new ReceivedDocument(longName, 1),
                new ReceivedDocument(unbroken, 3))));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertInsideMargins(document);
        }
        String flattened = text(pdf).replaceAll("\\s+", " ");
        assertThat(flattened).contains(longName);
        assertThat(text(pdf).replaceAll("\\s+", "")).contains(unbroken);
    }

    @Test
    void decomposedInputIsPrintedPrecomposedAndUnknownCharactersDoNotBreakTheLetter() throws IOException {
        String decomposed = Normalizer.normalize("Đặng Thị Ngọc Ánh", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Đặng Thị Ngọc Ánh");
        Receipt r = new Receipt(ISSUER, CODE, decomposed + " 漢", null, "Chứng thực bản sao", List.of(
                new ReceivedDocument("Bản chính\tgiấy tờ", 1)), RECEIVED, PROMISED, SubmissionChannel.IN_PERSON,
                "Võ Minh Quân");

        String text = text(letters.receipt(r));

        assertThat(text).contains("Đặng Thị Ngọc Ánh ?", "Bản chính giấy tờ", "trực tiếp");
    }

    @Test
    void receiptRefusesMissingData() {
        List<ReceivedDocument> docs = List.of(new ReceivedDocument("Tờ khai", 1));
        assertThatThrownBy(() -> new Receipt(ISSUER, " ", "An", null, "Thủ tục", docs, RECEIVED, PROMISED,
                SubmissionChannel.ONLINE, "Cán bộ"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("receipt.dossierCode");
        assertThatThrownBy(() -> new Receipt(ISSUER, CODE, null, null, "Thủ tục", docs, RECEIVED, PROMISED,
                SubmissionChannel.ONLINE, "Cán bộ"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("receipt.applicantName");
        assertThatThrownBy(() -> new Receipt(ISSUER, CODE, "An", null, "Thủ tục", List.of(), RECEIVED, PROMISED,
                SubmissionChannel.ONLINE, "Cán bộ"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("receipt.documents");
        assertThatThrownBy(() -> new Receipt(ISSUER, CODE, "An", null, "Thủ tục", docs, RECEIVED, null,
                SubmissionChannel.ONLINE, "Cán bộ"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("receipt.promisedAt");
        assertThatThrownBy(() -> new Receipt(ISSUER, CODE, "An", null, "Thủ tục", docs, PROMISED, RECEIVED,
                SubmissionChannel.ONLINE, "Cán bộ"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be after");
        assertThatThrownBy(() -> new Receipt(ISSUER, CODE, "An", null, "Thủ tục", docs, RECEIVED, PROMISED,
                null, "Cán bộ"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("receipt.channel");
        assertThatThrownBy(() -> new Receipt(null, CODE, "An", null, "Thủ tục", docs, RECEIVED, PROMISED,
                SubmissionChannel.ONLINE, "Cán bộ"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("receipt.issuer");
        assertThatThrownBy(() -> new ReceivedDocument("Tờ khai", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("copies");
        assertThatThrownBy(() -> new Issuer("Trung tâm", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("issuer.place");
    }

    // --- supplement request ----------------------------------------------------------------------------------------

    @Test
    void supplementRequestListsEverythingMissingInOneLetter() throws IOException {
        SupplementRequest request = new SupplementRequest(ISSUER, CODE, "Hoàng Gia Bảo",
                "Cấp giấy phép xây dựng nhà ở riêng lẻ", Instant.parse("2026-11-21T08:15:00Z"),
                List.of("Bản vẽ thiết kế mặt bằng móng còn thiếu chữ ký của chủ đầu tư",
                        "Giấy tờ chứng minh quyền sử dụng đất: bản sao chưa được chứng thực",
                        "Tờ khai ghi sai địa chỉ thửa đất (số tờ, số thửa)"),
                "Nộp bổ sung trực tuyến trên Cổng dịch vụ công", "Đỗ Quỳnh Như");

        String text = text(letters.supplementRequest(request));

        assertThat(text).contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Đà Nẵng, ngày 21 tháng 11 năm 2026", CODE, "Hoàng Gia Bảo", "Cấp giấy phép xây dựng nhà ở riêng lẻ",
                "1. Bản vẽ thiết kế mặt bằng móng còn thiếu chữ ký của chủ đầu tư",
                "2. Giấy tờ chứng minh quyền sử dụng đất: bản sao chưa được chứng thực",
                "3. Tờ khai ghi sai địa chỉ thửa đất (số tờ, số thửa)",
                "Ghi chú: Nộp bổ sung trực tuyến trên Cổng dịch vụ công", "không tính vào thời hạn giải quyết",
                "Đỗ Quỳnh Như");
    }

    @Test
    void supplementRequestNeedsAtLeastOneItemAndNoBlankOnes() {
        Instant at = Instant.parse("2026-11-21T08:15:00Z");
        assertThatThrownBy(() -> new SupplementRequest(ISSUER, CODE, "An", "Thủ tục", at, List.of(), null, "Cán bộ"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("supplementRequest.items");
        assertThatThrownBy(() -> new SupplementRequest(ISSUER, CODE, "An", "Thủ tục", at, List.of("Tờ khai", " "),
                null, "Cán bộ"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("supplementRequest.items[1]");
        assertThatThrownBy(() -> new SupplementRequest(ISSUER, CODE, "An", "Thủ tục", at, List.of("Tờ khai"),
                null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("supplementRequest.officerName");
    }

    // --- refusal ---------------------------------------------------------------------------------------------------

    @Test
    void refusalGivesItsReasons() throws IOException {
        Refusal refusal = new Refusal(ISSUER, CODE, "Bùi Thế Hưng", "Đăng ký kết hôn",
                Instant.parse("2026-11-21T02:00:00Z"),
                List.of("Thủ tục không thuộc thẩm quyền giải quyết của cơ quan", "Người yêu cầu chưa đủ tuổi kết hôn"),
                "Ngô Thị Lệ");

        String text = text(letters.refusal(refusal));

        assertThat(text).contains("PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ", "Độc lập - Tự do - Hạnh phúc",
                "Đà Nẵng, ngày 21 tháng 11 năm 2026", CODE, "Bùi Thế Hưng", "Đăng ký kết hôn",
                "1. Thủ tục không thuộc thẩm quyền giải quyết của cơ quan", "2. Người yêu cầu chưa đủ tuổi kết hôn",
                "Ngô Thị Lệ");
    }

    @Test
    void refusalWithoutReasonsIsRefused() {
        Instant at = Instant.parse("2026-11-21T02:00:00Z");
        assertThatThrownBy(() -> new Refusal(ISSUER, CODE, "An", "Thủ tục", at, List.of(), "Cán bộ"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refusal.reasons");
        assertThatThrownBy(() -> new Refusal(ISSUER, CODE, "An", "Thủ tục", at, null, "Cán bộ"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refusal.reasons");
    }

    @Test
    void manyLongReasonsAndALongSignerStayOnThePagesAndTheSignatureComesLast() throws IOException {
        List<String> reasons = IntStream.rangeClosed(1, 30)
                .mapToObj(i -> "Lý do thứ " + i + ": giấy tờ kèm theo không đúng mẫu quy định, không có chữ ký "
                        + "của người có thẩm quyền và không còn thời hạn sử dụng")
                .toList();
        String officer = "Ngô Thị Lệ " + "(Bộ phận tiếp nhận và trả kết quả) ".repeat(6);
        Refusal refusal = new Refusal(ISSUER, CODE, "Bùi Thế Hưng", "Đăng ký kết hôn",
                Instant.parse("2026-11-21T02:00:00Z"), reasons, officer);

        try (PDDocument pdf = Loader.loadPDF(letters.refusal(refusal))) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            assertInsideMargins(pdf);
            String last = pageText(pdf, pages).replaceAll("\\s+", " ");
            assertThat(last).contains("Lý do thứ 30", officer.strip(), "Trang " + pages + "/" + pages);
        }
    }

    // --- apology ---------------------------------------------------------------------------------------------------

    @Test
    void apologyGivesTheOriginalAndTheNewDateAndIsSignedByTheLeader() throws IOException {
        ApologyLetter apology = new ApologyLetter(ISSUER, CODE, "Vũ Hải Yến", "Cấp đổi giấy phép lái xe",
                Instant.parse("2026-11-24T03:00:00Z"), PROMISED, Instant.parse("2026-11-27T04:00:00Z"),
                "Cần xác minh thông tin với cơ quan cấp giấy phép ở tỉnh khác", "Giám đốc", "Lương Quốc Đạt");

        String text = text(letters.apology(apology));

        assertThat(text).contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Đà Nẵng, ngày 24 tháng 11 năm 2026", CODE, "Vũ Hải Yến", "Cấp đổi giấy phép lái xe",
                "Thời gian hẹn trả kết quả: 16:00 ngày 25/11/2026",
                "Thời gian hẹn trả kết quả mới: 11:00 ngày 27/11/2026",
                "Lý do: Cần xác minh thông tin với cơ quan cấp giấy phép ở tỉnh khác", "xin lỗi", "GIÁM ĐỐC",
                "Lương Quốc Đạt");
    }

    @Test
    void apologyNeedsANewDateAfterTheOriginalOneAndAReason() {
        Instant at = Instant.parse("2026-11-24T03:00:00Z");
        assertThatThrownBy(() -> new ApologyLetter(ISSUER, CODE, "An", "Thủ tục", at, PROMISED, PROMISED, "Lý do",
                "Giám đốc", "Lãnh đạo"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apology.newPromisedAt");
        assertThatThrownBy(() -> new ApologyLetter(ISSUER, CODE, "An", "Thủ tục", at, PROMISED,
                PROMISED.plusSeconds(86_400), "", "Giám đốc", "Lãnh đạo"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apology.reason");
    }

    // --- every letter ----------------------------------------------------------------------------------------------

    @Test
    void lettersAreMadeConcurrentlyWithoutMixingUp() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String code = "G22.DN-261120-%04d".formatted(i);
                Receipt r = new Receipt(ISSUER, code, "Người nộp " + i, null, "Thủ tục " + i,
                        List.of(new ReceivedDocument("Tờ khai " + i, 1)), RECEIVED, PROMISED,
                        SubmissionChannel.ONLINE, "Cán bộ " + i);
                futures.add(pool.submit(() -> letters.receipt(r)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(text(futures.get(i).get())).contains("G22.DN-261120-%04d".formatted(i),
                        "Người nộp " + i, "Cán bộ " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void popplerExtractsTheDiacriticsToo() throws Exception {
        Path pdftotext = Path.of("/usr/bin/pdftotext");
        assumeTrue(Files.isExecutable(pdftotext), "pdftotext (poppler-utils) is not installed");
        Path dir = Files.createDirectories(Path.of("target/letters"));
        Path pdf = dir.resolve("receipt-poppler.pdf");
        Files.write(pdf, letters.receipt(receipt()));

        Process process = new ProcessBuilder(pdftotext.toString(), "-enc", "UTF-8", pdf.toString(), "-")
                .redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isZero();

        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Nguyễn Thị Hồng Nhung", "Trần Đức Thắng",
                "Đà Nẵng, ngày 20 tháng 11 năm 2026", "09:30 ngày 20/11/2026", "Giấy chứng sinh");
    }

    @Test
    void receiptRendersToAnImageForLooking() throws Exception {
        Path pdftoppm = Path.of("/usr/bin/pdftoppm");
        assumeTrue(Files.isExecutable(pdftoppm), "pdftoppm (poppler-utils) is not installed");
        Path dir = Files.createDirectories(Path.of("target/letters"));
        Files.write(dir.resolve("receipt.pdf"), letters.receipt(receipt()));

        Process process = new ProcessBuilder(pdftoppm.toString(), "-png", "-r", "80", "-singlefile",
                dir.resolve("receipt.pdf").toString(), dir.resolve("receipt").toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        // poppler prints a warning for every glyph it cannot find or font it must substitute
        assertThat(output).isEmpty();
        assertThat(Files.size(dir.resolve("receipt.png"))).isPositive();

        List<ReceivedDocument> many = IntStream.rangeClosed(1, 45)
                .mapToObj(i -> new ReceivedDocument("Bản sao chứng thực giấy tờ thứ " + i, 1)).toList();
        Files.write(dir.resolve("receipt-long.pdf"), letters.receipt(receipt(many)));
        Process pages = new ProcessBuilder(pdftoppm.toString(), "-png", "-r", "60",
                dir.resolve("receipt-long.pdf").toString(), dir.resolve("receipt-long").toString())
                .redirectErrorStream(true).start();
        String pagesOutput = new String(pages.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(pages.waitFor()).as(pagesOutput).isZero();
        assertThat(pagesOutput).isEmpty();
        try (var pngs = Files.list(dir)) {
            assertThat(pngs.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("receipt-long-")))
                    .hasSize(2);
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static List<PDFont> fonts(PDPage page) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(name));
        }
        return fonts;
    }

    /** Every glyph within the side margins (70 / 50 pt) and above the footer, below the top margin (50 pt). */
    private static void assertInsideMargins(PDDocument document) throws IOException {
        float width = PDRectangle.A4.getWidth();
        float height = PDRectangle.A4.getHeight();
        assertThat(glyphs(document)).isNotEmpty().allSatisfy(g -> {
            assertThat(g.getXDirAdj()).as(g.getUnicode()).isGreaterThanOrEqualTo(69.5f);
            assertThat(g.getXDirAdj() + g.getWidthDirAdj()).as(g.getUnicode()).isLessThanOrEqualTo(width - 49.5f);
            // y from the top of the page to the baseline
            assertThat(g.getYDirAdj()).as(g.getUnicode()).isGreaterThan(50f).isLessThan(height - 25f);
        });
    }

    private static List<TextPosition> glyphs(PDDocument document) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
                super.processTextPosition(text);
            }
        };
        stripper.getText(document);
        return glyphs;
    }
}
