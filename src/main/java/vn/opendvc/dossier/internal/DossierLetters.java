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
import vn.opendvc.dossier.DossierTransitions.Letter;
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

/**
 * The letters of a one-stop office that the transition table names ({@link Letter}), filled from the dossier after
 * the change, its agency and the officer who signs, and kept as files of the dossier.
 */
@Component
class DossierLetters {

    private final LetterPdfs pdfs;
    private final AgencyDirectory agencies;
    private final ProcedureCatalog catalog;
    private final DossierFiles files;

    DossierLetters(LetterPdfs pdfs, AgencyDirectory agencies, ProcedureCatalog catalog, DossierFiles files) {
        this.pdfs = pdfs;
        this.agencies = agencies;
        this.catalog = catalog;
        this.files = files;
    }

    /**
     * Issues the row's letter, if it has one.
     *
     * @param previousDue the promised date before the change (an apology names the old and the new date)
     */
    void issue(Letter letter, Dossier d, CurrentUser officer, ActionInput input, Instant previousDue, Instant at) {
        if (letter == Letter.NONE) {
            return;
        }
        Agency agency = agencies.find(d.agencyCode()).orElseThrow();
        byte[] pdf = switch (letter) {
            case RECEIPT -> receipt(d, agency, officer);
            case SUPPLEMENT_REQUEST -> supplementRequest(d, agency, officer, input.items(), at);
            case REFUSAL -> refusal(d, agency, officer, input.reasons(), at);
            case APOLOGY -> apology(d, agency, officer, previousDue, input.note(), at);
            case NONE -> throw new IllegalArgumentException("no letter");
        };
        files.generated(d.id(), letter.kind(), letter.fileName(), pdf, officer.accountId());
    }

    private byte[] receipt(Dossier d, Agency agency, CurrentUser officer) {
        return pdfs.receipt(new Receipt(issuer(agency), d.code(), d.applicantName(), d.applicantPhone(),
                d.procedureName(), documents(d), d.receivedAt(), d.dueAt(), channel(d.channel()),
                officer.displayName()));
    }

    private byte[] supplementRequest(Dossier d, Agency agency, CurrentUser officer, List<String> items, Instant at) {
        return pdfs.supplementRequest(new SupplementRequest(issuer(agency), d.code(), d.applicantName(),
                d.procedureName(), at, items, null, officer.displayName()));
    }

    private byte[] refusal(Dossier d, Agency agency, CurrentUser officer, List<String> reasons, Instant at) {
        return pdfs.refusal(new Refusal(issuer(agency), d.code(), d.applicantName(), d.procedureName(), at, reasons,
                officer.displayName()));
    }

    private byte[] apology(Dossier d, Agency agency, CurrentUser officer, Instant previousDue, String reason, Instant at) {
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
            case ASSISTED -> SubmissionChannel.ASSISTED;
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
