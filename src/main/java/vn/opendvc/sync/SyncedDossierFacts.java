package vn.opendvc.sync;

import java.util.Collection;
import java.util.List;

/** Every synced dossier's latest state: by chunks in id order (a recomputation of the indicators), or by ids. */
public interface SyncedDossierFacts {

    /** At most {@code limit} reports of synced dossiers with an id above {@code afterId}, in id order. */
    List<SyncedDossierReport> after(long afterId, int limit);

    /** The reports of these synced dossiers, as stored now (an unknown id is left out). */
    List<SyncedDossierReport> of(Collection<Long> syncedIds);
}
