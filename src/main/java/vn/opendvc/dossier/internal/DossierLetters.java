package vn.opendvc.dossier.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.opendvc.agency.Agency;
import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierFile;
import vn.opendvc.dossier.letters.ApologyLetter;
import vn.opendvc.dossier.letters.Issuer;
import vn.opendvc.dossier.letters.LetterPdfs;
import vn.opendvc.dossier.letters.Receipt;
import vn.opendvc.dossier.letters.ReceivedDocument;
import vn.opendvc.dossier.letters.Refusal;
import vn.opendvc.dossier.letters.SubmissionChannel;
import vn.opendvc.dossier.letters.SupplementRequest;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.Role;

/** Fills the letters of a one-stop office from a dossier, its agency and the officer who signs. */
@Component
class DossierLetters {

    private final LetterPdfs pdfs;
    private final AgencyDirectory agencies;
    private final ProcedureCatalog catalog;

    DossierLetters(LetterPdfs pdfs, AgencyDirectory agencies, ProcedureCatalog catalog) {
        this.pdfs = pdfs;
        this.agencies = agencies;
        this.catalog = catalog;
    }

    byte[] receipt(Dossier d, Agency agency, CurrentUser officer) {
        return pdfs.receipt(new Receipt(issuer(agency), d.code(), d.applicantName(), d.applicantPhone(),
                d.procedureName(), documents(d), d.receivedAt(), d.dueAt(), channel(d.channel()),
                officer.displayName()));
    }

    byte[] supplementRequest(Dossier d, Agency agency, CurrentUser officer, List<String> items, Instant at) {
        return pdfs.supplementRequest(new SupplementRequest(issuer(agency), d.code(), d.applicantName(),
                d.procedureName(), at, items, null, officer.displayName()));
    }

    byte[] refusal(Dossier d, Agency agency, CurrentUser officer, List<String> reasons, Instant at) {
        return pdfs.refusal(new Refusal(issuer(agency), d.code(), d.applicantName(), d.procedureName(), at, reasons,
                officer.displayName()));
    }

    byte[] apology(Dossier d, Agency agency, CurrentUser officer, Instant previousDue, String reason, Instant at) {
        return pdfs.apology(new ApologyLetter(issuer(agency), d.code(), d.applicantName(), d.procedureName(), at,
                previousDue, d.dueAt(), reason, title(officer), officer.displayName()));
    }

    /** The attached documents by name with how many files each; for a counter dossier, the procedure's list. */
    private List<ReceivedDocument> documents(Dossier d) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        d.files().stream().filter(f -> f.kind() == DossierFile.Kind.DOCUMENT)
                .forEach(f -> counts.merge(f.document(), 1, Integer::sum));
        if (counts.isEmpty()) {
            catalog.find(d.procedureId()).ifPresent(p -> p.documents().stream()
                    .filter(Procedure.RequiredDocument::required).forEach(doc -> counts.put(doc.name(), 1)));
        }
        if (counts.isEmpty()) {
            counts.put("Hồ sơ theo thành phần quy định của thủ tục", 1);
        }
        return counts.entrySet().stream().map(e -> new ReceivedDocument(e.getKey(), e.getValue())).toList();
    }

    /** The agency's name, and as the place the province (or "Hà Nội" for a ministry) it belongs to. */
    private Issuer issuer(Agency agency) {
        Agency top = agency;
        while (top.parentCode() != null) {
            top = agencies.find(top.parentCode()).orElseThrow();
        }
        String place = "BO".equals(top.level()) ? "Hà Nội"
                : top.name().replaceFirst("^(Thành phố|Tỉnh) ", "");
        return new Issuer(agency.name(), place);
    }

    private static SubmissionChannel channel(Channel channel) {
        return switch (channel) {
            case ONLINE -> SubmissionChannel.ONLINE;
            case COUNTER -> SubmissionChannel.IN_PERSON;
            case POST -> SubmissionChannel.POST;
        };
    }

    private static String title(CurrentUser officer) {
        if (officer.hasRole(Role.LEADER)) {
            return "Lãnh đạo cơ quan";
        }
        if (officer.hasRole(Role.SPECIALIST)) {
            return "Chuyên viên xử lý";
        }
        return "Người tiếp nhận hồ sơ";
    }
}
