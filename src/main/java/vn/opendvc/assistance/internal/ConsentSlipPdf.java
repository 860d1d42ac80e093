package vn.opendvc.assistance.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.opendvc.agency.Agency;
import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.pdf.PdfFonts;
import vn.opendvc.pdf.PdfInfo;
import vn.opendvc.pdf.PdfPages;
import vn.opendvc.web.VietnamTime;

/**
 * The printed consent slip a citizen without phone or e-mail signs at the desk: one A4 page in Vietnamese (a document
 * of a Vietnamese counter, whatever the agent's language) naming the citizen (the ID number masked but for its last
 * digits), the agent and the organisation, the procedure and its agency, the day, the consent in the citizen's words
 * and a box for the signature.
 */
@Component
public class ConsentSlipPdf {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(VietnamTime.ZONE);
    private static final PdfPages.Margins MARGINS = new PdfPages.Margins(60, 60, 60, 60);
    private static final float LEADING = 1.6f;
    private static final float FIELD_SIZE = 11;
    private static final float SIGNATURE_HEIGHT = 110;

    private final PdfFonts fonts = PdfFonts.dejaVuSans();
    private final AgencyDirectory agencies;
    private final MessageSource messages;
    private final Clock clock;

    ConsentSlipPdf(AgencyDirectory agencies, MessageSource messages, Clock clock) {
        this.agencies = agencies;
        this.messages = messages;
        this.clock = clock;
    }

    public byte[] render(CurrentUser agent, SlipConsents.Slip slip) {
        Instant now = clock.instant();
        String organisation = agencyName(agent.agencyCode());
        String agency = agencyName(slip.agencyCode());
        try (PdfPages pages = new PdfPages(fonts, MARGINS)) {
            pages.paragraph(organisation.toUpperCase(VIETNAMESE), pages.bold(), 10, LEADING, false);
            pages.down(18);
            pages.paragraph(text("assistance.slip.pdf.title"), pages.bold(), 15, LEADING, true);
            pages.paragraph(text("assistance.slip.pdf.subtitle"), pages.regular(), 10, LEADING, true);
            pages.down(14);
            row(pages, "citizen", slip.citizenName());
            row(pages, "idNumber", masked(slip.personalId()));
            row(pages, "agent", agent.displayName());
            row(pages, "organisation", organisation);
            row(pages, "procedure", slip.procedureName());
            row(pages, "agency", agency);
            row(pages, "date", DATE.format(now));
            pages.down(14);
            pages.paragraph(text("assistance.slip.pdf.consent", agent.displayName(), organisation,
                    slip.procedureName(), agency), pages.regular(), 12, LEADING, false);
            pages.paragraph(text("assistance.slip.pdf.noContact"), pages.regular(), 12, LEADING, false);
            pages.down(18);
            signatureBox(pages);
            pages.down(12);
            pages.paragraph(text("assistance.slip.pdf.note"), pages.regular(), 9, LEADING, false);
            return pages.finish(new PdfInfo(text("assistance.slip.pdf.title"), organisation, null, now, "vi-VN"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the consent slip of citizen " + slip.citizenId(), e);
        }
    }

    /** The right half of the width: the date line, the label, then the box the citizen signs in. */
    private void signatureBox(PdfPages pages) throws IOException {
        float width = pages.width() / 2;
        float x = pages.left() + pages.width() - width;
        pages.ensure(SIGNATURE_HEIGHT + 40);
        pages.centred(text("assistance.slip.pdf.signature"), pages.bold(), 11, x, width);
        pages.down(11 * LEADING);
        pages.centred(text("assistance.slip.pdf.signature.hint"), pages.regular(), 9, x, width);
        pages.down(9 * LEADING + 4);
        pages.content().setLineWidth(0.6f);
        pages.content().addRect(x, pages.y() - SIGNATURE_HEIGHT, width, SIGNATURE_HEIGHT);
        pages.content().stroke();
        pages.down(SIGNATURE_HEIGHT);
    }

    /** {@code ••••••••4567}, as on the desk: the last digits let the citizen recognise the number. */
    static String masked(String number) {
        if (number == null || number.length() < 4) {
            return "";
        }
        return "•".repeat(number.length() - 4) + number.substring(number.length() - 4);
    }

    private String agencyName(String code) {
        return code == null ? "" : agencies.find(code).map(Agency::name).orElse(code);
    }

    private void row(PdfPages pages, String key, String value) throws IOException {
        pages.field(text("assistance.slip.pdf." + key), value, FIELD_SIZE, LEADING);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }
}
