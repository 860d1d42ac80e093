package vn.opendvc.sync;

import java.time.Instant;

import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.DossierStatus;

/**
 * What the indicators need to know of one dossier handled in another system, as its latest accepted record says: the
 * whole state, not a change, so applying the same report twice or an older one after it changes nothing.
 *
 * @param syncedId    the synced dossier's id in this module (never a native dossier's id)
 * @param submittedAt when the dossier was received ({@code NgayTiepNhan})
 * @param outcome     how processing finished (DONE, NOT_RECEIVED, STOPPED, WITHDRAWN), {@code null} while open
 * @param deliveredAt when the result was handed over ({@code NgayTra}, status 10)
 * @param feeApplies  the record lists a fee or charge above zero
 * @param paidOnline  the fee was paid online ({@code DuocThanhToanTrucTuyen})
 * @param digitized   the dossier's documents are held electronically ({@code HoSoCoThanhPhanSoHoa})
 */
public record SyncedDossierReport(long syncedId, String code, String agencyCode, long procedureId, Channel channel,
        DossierStatus status, Instant submittedAt, Instant dueAt, Instant finishedAt, DossierStatus outcome,
        Instant deliveredAt, boolean feeApplies, boolean paidOnline, boolean digitized, Instant reportedAt) {
}
