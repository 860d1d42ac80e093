package vn.opendvc.assistance.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.opendvc.agency.Agency;
import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.dossier.DossierFacts;
import vn.opendvc.identity.Accounts;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.pdf.PdfFonts;
import vn.opendvc.pdf.PdfInfo;
import vn.opendvc.pdf.PdfPages;
import vn.opendvc.web.VietnamTime;

/**
 * The receipt of an agent's service fee paid in cash: one A4 page in Vietnamese (the texts of the assistance bundle in
 * Vietnamese, whatever the reader's language: it is a document of a Vietnamese counter), saying plainly that it is the
 * organisation's service fee and not a fee or charge of the administrative procedure.
 */
@Component
public class FeeReceiptPdf {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
            .withZone(VietnamTime.ZONE);
    private static final PdfPages.Margins MARGINS = new PdfPages.Margins(60, 60, 60, 60);
    private static final float LEADING = 1.6f;
    private static final float FIELD_SIZE = 11;

    private final PdfFonts fonts = PdfFonts.dejaVuSans();
    private final AgencyDirectory agencies;
    private final Accounts accounts;
    private final DossierFacts dossiers;
    private final MessageSource messages;

    FeeReceiptPdf(AgencyDirectory agencies, Accounts accounts, DossierFacts dossiers, MessageSource messages) {
        this.agencies = agencies;
        this.accounts = accounts;
        this.dossiers = dossiers;
        this.messages = messages;
    }

    /** @throws IllegalArgumentException when the fee was not paid in cash */
    public byte[] render(AgentFees.Fee fee) {
        if (fee.status() != AgentFees.Status.PAID_CASH) {
            throw new IllegalArgumentException("no receipt for a fee that is " + fee.status());
        }
        String organisation = agencies.find(fee.organisation()).map(Agency::name).orElse(fee.organisation());
        String dossier = dossiers.find(fee.dossierId()).map(DossierFacts.Fact::code)
                .orElseGet(() -> text("assistance.fee.receipt.draft", fee.dossierId()));
        try (PdfPages pages = new PdfPages(fonts, MARGINS)) {
            line(pages, pages.bold(), 10, organisation.toUpperCase(VIETNAMESE), false);
            pages.down(18);
            line(pages, pages.bold(), 15, text("assistance.fee.receipt.title"), true);
            line(pages, pages.regular(), 10, text("assistance.fee.receipt.number", fee.receiptNo()), true);
            pages.down(14);
            field(pages, text("assistance.fee.receipt.organisation"), organisation);
            field(pages, text("assistance.fee.receipt.agent"), name(fee.agentId()));
            field(pages, text("assistance.fee.receipt.citizen"), name(fee.citizenId()));
            field(pages, text("assistance.fee.receipt.dossier"), dossier);
            field(pages, text("assistance.fee.receipt.content"), text("assistance.fee.receipt.what"));
            field(pages, text("assistance.fee.receipt.amount"), text("assistance.fee.receipt.vnd", vnd(fee.amountVnd())));
            field(pages, text("assistance.fee.receipt.method"), text("assistance.fee.receipt.cash"));
            field(pages, text("assistance.fee.receipt.paidAt"), TIME.format(fee.paidAt()));
            pages.down(18);
            line(pages, pages.regular(), 9, text("assistance.fee.receipt.note"), false);
            return pages.finish(new PdfInfo(text("assistance.fee.receipt.title") + " " + fee.receiptNo(),
                    organisation, null, fee.paidAt(), "vi-VN"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the receipt of agent fee " + fee.id(), e);
        }
    }

    /** {@code 15.000}: đồng with dots between thousands, as written in Vietnam. */
    static String vnd(long amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        return new DecimalFormat("#,##0", symbols).format(amount);
    }

    private String name(long accountId) {
        return accounts.find(accountId).map(CurrentUser::displayName).orElse("—");
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }

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

    /** "name: value" with the value in bold; a long value continues aligned after the name. */
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
