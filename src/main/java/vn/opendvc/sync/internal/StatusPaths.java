package vn.opendvc.sync.internal;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.DossierTransitions;

/**
 * Which status may follow which in a synced dossier's records: any status reachable from the stored one through the
 * national transition table ({@link DossierTransitions#TABLE}), in one step or several (a source system reports
 * when it likes, so statuses in between may never be seen). Anything else is a regression the table forbids: a
 * result returned does not go back to processing.
 */
final class StatusPaths {

    private static final Map<DossierStatus, Set<DossierStatus>> REACHABLE = reachable();

    private StatusPaths() {
    }

    static boolean allowed(DossierStatus from, DossierStatus to) {
        return from == to || REACHABLE.get(from).contains(to);
    }

    private static Map<DossierStatus, Set<DossierStatus>> reachable() {
        Map<DossierStatus, Set<DossierStatus>> next = new EnumMap<>(DossierStatus.class);
        for (DossierStatus status : DossierStatus.values()) {
            next.put(status, EnumSet.noneOf(DossierStatus.class));
        }
        DossierTransitions.TABLE.forEach(t -> next.get(t.from()).add(t.to()));
        Map<DossierStatus, Set<DossierStatus>> closure = new EnumMap<>(DossierStatus.class);
        for (DossierStatus start : DossierStatus.values()) {
            Set<DossierStatus> seen = EnumSet.noneOf(DossierStatus.class);
            java.util.ArrayDeque<DossierStatus> queue = new java.util.ArrayDeque<>(next.get(start));
            while (!queue.isEmpty()) {
                DossierStatus s = queue.poll();
                if (seen.add(s)) {
                    queue.addAll(next.get(s));
                }
            }
            closure.put(start, seen);
        }
        return closure;
    }
}
