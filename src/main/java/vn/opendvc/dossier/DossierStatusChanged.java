package vn.opendvc.dossier;

import java.time.Instant;

/**
 * A dossier changed status (or moved between processing steps, or got a new promised date). Recorded in the same
 * transaction as the change; indicators, notifications, audit and sync hang off it.
 *
 * @param from       {@code null} never: a new dossier comes from {@link DossierStatus#DRAFT}
 * @param digitized  the dossier's documents are held electronically: submitted online, or scanned at the counter
 * @param reusedData at least one document was taken from the applicant's document store instead of uploaded again
 * @param step       the processing step (1-based, of {@link Dossier#steps()}) the dossier is at after the change: a
 *                   listener running later finds the dossier moved on, and needs where it was
 */
public record DossierStatusChanged(long dossierId, String code, long procedureId, String agencyCode, Channel channel,
        DossierStatus from, DossierStatus to, DossierAction action, long actorId, Instant at, Instant dueAt,
        boolean digitized, boolean reusedData, int step) {
}
