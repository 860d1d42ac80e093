package vn.opendvc.sync;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The synced dossiers whose state a sync batch changed, published once per batch so the indicators update in one go.
 * It carries their ids only: the state is read back from {@link SyncedDossierFacts} (a whole state, newest wins), which
 * keeps the event publication registry's row small — a thousand ids instead of a thousand reports.
 */
public record SyncedDossiersReported(List<Long> syncedIds) {

    /**
     * Also reads a publication left by an earlier version, which carried the whole reports: their ids are what counts
     * now.
     */
    @JsonCreator
    static SyncedDossiersReported read(@JsonProperty("syncedIds") List<Long> syncedIds,
            @JsonProperty("reports") List<EarlierReport> reports) {
        if (syncedIds == null && reports != null) {
            return new SyncedDossiersReported(reports.stream().map(EarlierReport::syncedId).toList());
        }
        return new SyncedDossiersReported(syncedIds == null ? List.of() : syncedIds);
    }

    /** Of an earlier publication's report, only the id counts (its other fields may change meaning since). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record EarlierReport(long syncedId) {
    }
}
