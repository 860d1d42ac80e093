package vn.opendvc.dossier.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.opendvc.agency.Agency;
import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.dossier.DossierFile;
import vn.opendvc.dossier.DossierProblem;
import vn.opendvc.dossier.Dossiers.Upload;
import vn.opendvc.identity.Accounts;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.result.DeclaredField;
import vn.opendvc.result.IssuedResult;
import vn.opendvc.result.ResultRejected;
import vn.opendvc.result.ResultRequest;
import vn.opendvc.result.Results;
import vn.opendvc.result.SignedResultUpload;

/**
 * The electronic result of a completed dossier: signed by the agency (module result), or the officer's upload of a
 * result already signed, kept byte for byte. It also lands in the holder's document store.
 */
@Component
class ResultIssuing {

    private final AgencyDirectory agencies;
    private final ProcedureCatalog catalog;
    private final Accounts accounts;
    private final Results results;
    private final DossierFiles files;

    ResultIssuing(AgencyDirectory agencies, ProcedureCatalog catalog, Accounts accounts, Results results,
            DossierFiles files) {
        this.agencies = agencies;
        this.catalog = catalog;
        this.accounts = accounts;
        this.results = results;
        this.files = files;
    }

    void issue(DossierStore.Row row, CurrentUser officer, Upload upload, Instant now) {
        Agency agency = agencies.find(row.agencyCode()).orElseThrow();
        Procedure procedure = catalog.find(row.procedureId()).orElseThrow();
        String resultType = procedure.resultType() == null ? "Kết quả giải quyết thủ tục hành chính"
                : procedure.resultType();
        String holderId = row.applicantId() == null ? null
                : accounts.find(row.applicantId()).map(CurrentUser::identityNumber).orElse(null);
        IssuedResult issued;
        try {
            if (upload == null) {
                List<DeclaredField> fields = procedure.formFields().stream()
                        .filter(f -> row.formData().containsKey(f.key()))
                        .map(f -> new DeclaredField(f.label(), row.formData().get(f.key()))).toList();
                issued = results.issue(new ResultRequest(row.id(), row.code(), row.procedureName(), resultType,
                        agency.code(), agency.name(), row.applicantId(), row.applicantName(), holderId, fields, now,
                        officer.displayName()));
            } else {
                files.inspect(upload);
                issued = results.store(new SignedResultUpload(row.id(), row.code(), row.procedureName(), resultType,
                        agency.code(), agency.name(), row.applicantId(), row.applicantName(), holderId, now,
                        DossierFiles.safeName(upload.fileName()), upload.content()));
            }
        } catch (ResultRejected e) {
            throw DossierProblem.invalid(e.reason(), Map.of("result", e.reason()));
        }
        byte[] pdf = results.content(issued.verificationId());
        files.keep(new DossierFiles.Kept(row.id(), DossierFile.Kind.RESULT, resultType, issued.fileName(),
                "application/pdf", pdf, DossierFile.Source.ISSUED, issued.verificationId(), officer.accountId()),
                issued.sha256());
    }
}
