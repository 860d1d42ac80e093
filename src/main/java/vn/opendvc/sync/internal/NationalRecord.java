package vn.opendvc.sync.internal;

import java.time.Instant;

import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.DossierStatus;

/**
 * One dossier's record in the national portal's sync format, read and checked ({@link RecordReader}); the text the
 * source sent is kept as {@code json} (compact, in UTF-8) and its hash makes a repeated record a no-op.
 *
 * @param recordTime the record's own time: the latest of its dates and processing steps; orders a dossier's records
 * @param steps      how many processing steps it lists: orders records of the same second (dates have no fraction)
 * @param feeVnd     the sum of the fees and charges it lists ({@code DanhSachLePhi})
 */
record NationalRecord(String code, String procedureCode, String procedureName, String holder, String phone,
        String email, Instant receivedAt, Instant dueAt, Instant returnedAt, Instant finishedAt,
        DossierStatus status, Channel channel, String agencyCode, boolean paidOnline, boolean digitized,
        boolean vneidVerified, long feeVnd, Instant recordTime, int steps, byte[] json, String hash) {

    /** Whether this record is older than a stored one of the same dossier (time, then steps). */
    boolean olderThan(Instant storedTime, int storedSteps) {
        return recordTime.isBefore(storedTime) || recordTime.equals(storedTime) && steps < storedSteps;
    }
}
