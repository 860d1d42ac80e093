package vn.opendvc.dossier;

import java.time.Instant;

import vn.opendvc.calendar.DeadlineStatus;

/**
 * A dossier in an officer's queue.
 *
 * @param deadline where the dossier's promised date stands now ({@code null} before reception)
 * @param stepDueAt due time of the step the dossier is at
 */
public record DossierQueueItem(long id, String code, String procedureName, String applicantName, DossierStatus status,
        String stepName, String stepRole, Instant submittedAt, Instant dueAt, Instant stepDueAt,
        DeadlineStatus.State deadline, boolean apologized) {
}
