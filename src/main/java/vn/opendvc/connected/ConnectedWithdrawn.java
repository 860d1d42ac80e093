package vn.opendvc.connected;

import java.time.Instant;
import java.util.List;

/**
 * The applicant withdrew a connected procedure's dossier: its open members were withdrawn at their agencies and the
 * ones still waiting for a result will not start, all with the applicant's reason. Members that already have their
 * result keep it. Audited.
 *
 * @param withdrawn the member dossiers' codes withdrawn at their agencies
 * @param stopped   the member procedures' codes that were waiting and will not start
 */
public record ConnectedWithdrawn(long parentId, String parentCode, long applicantId, String reason,
        List<String> withdrawn, List<String> stopped, Instant at) {
}
