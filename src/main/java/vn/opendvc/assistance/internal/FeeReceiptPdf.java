package vn.opendvc.assistance.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.opendvc.agency.Agency;
import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.dossier.DossierFacts;
import vn.opendvc.identity.Accounts;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.payment.Payments;
import vn.opendvc.pdf.PdfFonts;
import vn.opendvc.pdf.PdfInfo;
import vn.opendvc.pdf.PdfPages;
import vn.opendvc.web.VietnamTime;

/**
 * The receipt of an agent's service fee paid in cash or online: one A4 page in Vietnamese (the texts of the assistance bundle in
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
    private final Payments payments;

    FeeReceiptPdf(AgencyDirectory agencies, Accounts accounts, DossierFacts dossiers, MessageSource messages,
            Payments payments) {
        this.payments = payments;
        this.agencies = agencies;
        this.accounts = accounts;
        this.dossiers = dossiers;
        this.messages = messages;
    }

    /** @throws IllegalArgumentException when the fee was not paid */
    public byte[] render(AgentFees.Fee fee) {
        if (!fee.status().isPaid()) {
            throw new IllegalArgumentException("no receipt for a fee that is " + fee.status());
        }
        String organisation = agencies.find(fee.organisation()).map(Agency::name).orElse(fee.organisation());
        String dossier = dossiers.find(fee.dossierId()).map(DossierFacts.Fact::code)
                .orElseGet(() -> text("assistance.fee.receipt.draft", fee.dossierId()));
        try (PdfPages pages = new PdfPages(fonts, MARGINS)) {
            pages.paragraph(organisation.toUpperCase(VIETNAMESE), pages.bold(), 10, LEADING, false);
            pages.down(18);
            pages.paragraph(text("assistance.fee.receipt.title"), pages.bold(), 15, LEADING, true);
            pages.paragraph(text("assistance.fee.receipt.number", fee.receiptNo()), pages.regular(), 10, LEADING, true);
            pages.down(14);
            row(pages, "organisation", organisation);
            row(pages, fee.status() == AgentFees.Status.PAID_CASH ? "agent" : "helper", name(fee.agentId()));
            row(pages, "citizen", name(fee.citizenId()));
            row(pages, "dossier", dossier);
            row(pages, "content", text("assistance.fee.receipt.what"));
            row(pages, "amount", text("assistance.fee.receipt.vnd", vnd(fee.amountVnd())));
            row(pages, "method", method(fee));
            row(pages, "paidAt", TIME.format(fee.paidAt()));
            pages.down(18);
            pages.paragraph(text("assistance.fee.receipt.note"), pages.regular(), 9, LEADING, false);
            return pages.finish(new PdfInfo(text("assistance.fee.receipt.title") + " " + fee.receiptNo(),
                    organisation, null, fee.paidAt(), "vi-VN"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the receipt of agent fee " + fee.id(), e);
        }
    }

    /** In cash at the counter, or online with the gateway's transaction (what the payer finds on the bank statement). */
    private String method(AgentFees.Fee fee) {
        if (fee.status() == AgentFees.Status.PAID_CASH) {
            return text("assistance.fee.receipt.cash");
        }
        return payments.find(fee.paymentId())
                .map(p -> text("assistance.fee.receipt.online", p.gateway(), p.txnRef()))
                .orElseGet(() -> text("assistance.fee.receipt.online", "—", fee.paymentId()));
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

    /** One "name: value" line of the receipt, the name from the bundle. */
    private void row(PdfPages pages, String key, String value) throws IOException {
        pages.field(text("assistance.fee.receipt." + key), value, FIELD_SIZE, LEADING);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }


}
