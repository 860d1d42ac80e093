package vn.opendvc.publishing;

import java.time.Instant;

/**
 * A dossier changed status (or step, or promised date), on {@link Topics#DOSSIER_STATUS}; schema
 * {@code publishing/schema/dossier-status-v1.json}.
 *
 * @param messageId     the same for every delivery of this change (a resend after an outage repeats it)
 * @param procedureCode the national procedure code, {@code null} for a procedure a reform left without one
 * @param fromStatus    the national status code before the change, {@code 0} for a draft
 * @param status        the national status code after the change (1–10)
 * @param step          the processing step (1-based) the dossier is at after the change
 * @param dueAt         the promised date after the change, {@code null} before reception
 */
public record DossierStatusMessage(int schemaVersion, String messageId, long dossierId, String dossierCode,
        String agencyCode, String procedureCode, String channel, String action, int fromStatus, int status, int step,
        Instant occurredAt, Instant dueAt) {

    public static final int SCHEMA_VERSION = 1;
}
