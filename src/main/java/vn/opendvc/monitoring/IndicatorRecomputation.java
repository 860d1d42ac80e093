package vn.opendvc.monitoring;

/** Rebuilds every indicator counter from the source tables (an administrator's action). */
public interface IndicatorRecomputation {

    /** Replaces the counters by those computed from the source tables; returns the number of dossiers counted. */
    int recompute();
}
