package vn.opendvc.sync;

import java.util.List;

/** The dossiers whose state a sync batch changed, published once per batch so the indicators update in one go. */
public record SyncedDossiersReported(List<SyncedDossierReport> reports) {
}
