package vn.opendvc.connected;

import java.time.Instant;

/**
 * A member of a connected procedure will not start: a member it depends on was refused, stopped or withdrawn. The
 * reason is the one given to the applicant for that member. Audited.
 */
public record MemberStopped(long parentId, String parentCode, long memberId, String memberProcedureCode,
        String causeCode, String reason, Instant at) {
}
