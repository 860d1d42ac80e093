package vn.opendvc.sync;

import java.util.List;

/** Every synced dossier's latest state, by chunks in id order: what a recomputation of the indicators reads. */
public interface SyncedDossierFacts {

    /** At most {@code limit} reports of synced dossiers with an id above {@code afterId}, in id order. */
    List<SyncedDossierReport> after(long afterId, int limit);
}
