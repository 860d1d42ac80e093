package vn.opendvc.sync.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.dossier.ReportedDossiers;

/** The public lookup of a synced dossier: code and the last four digits of the phone the source system reported. */
@Component
class SyncedLookup implements ReportedDossiers {

    private final JdbcClient jdbc;

    SyncedLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Dossiers.LookupResult> lookup(String code, String phoneLast4) {
        return jdbc.sql("select code, procedure_name, status, due_at, phone from synced_dossier where code = ?")
                .param(code)
                .query((rs, row) -> {
                    String digits = rs.getString("phone") == null ? "" : rs.getString("phone").replaceAll("\\D", "");
                    return digits.endsWith(phoneLast4) ? Optional.of(new Dossiers.LookupResult(rs.getString("code"),
                            rs.getString("procedure_name"), DossierStatus.ofCode(rs.getInt("status")),
                            rs.getTimestamp("due_at") == null ? null : rs.getTimestamp("due_at").toInstant()))
                            : Optional.<Dossiers.LookupResult>empty();
                })
                .optional().flatMap(found -> found);
    }
}
