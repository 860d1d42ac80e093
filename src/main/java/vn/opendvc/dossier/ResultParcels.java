package vn.opendvc.dossier;

/**
 * Whether a dossier's paper result is on its way by post: a shipping order the carrier has not finished with. The
 * result is then not handed over at the counter as well (the transition table's guard
 * {@link DossierTransitions.Guard#NO_PARCEL_UNDER_WAY}). Implemented by the module that ships results; without one,
 * nothing is ever under way.
 */
public interface ResultParcels {

    boolean underWay(long dossierId);
}
