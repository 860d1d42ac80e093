package vn.opendvc.connected.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The members of submitted connected procedures ({@code connected_member}). */
@Component
class MemberStore {

    enum State { WAITING, STARTED, STOPPED }

    /**
     * @param handedOffAt when the last result it waited for was issued ({@code null} for a member that starts at once)
     * @param startedAt   when it was submitted to its agency
     */
    record Member(long parentId, String memberCode, int position, long childId, String agencyCode, State state,
            Instant handedOffAt, Instant startedAt, String stopReason) {
    }

    private final JdbcClient jdbc;

    MemberStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long parentId, String memberCode, int position, long childId, String agencyCode) {
        jdbc.sql("""
                insert into connected_member (parent_id, member_code, position, child_id, agency_code, state)
                values (?, ?, ?, ?, ?, 'WAITING')""").params(parentId, memberCode, position, childId, agencyCode)
                .update();
    }

    void started(long childId, Instant handedOffAt, Instant at) {
        jdbc.sql("update connected_member set state = 'STARTED', handed_off_at = ?, started_at = ? where child_id = ?")
                .params(ts(handedOffAt), ts(at), childId).update();
    }

    /** @return whether the member was still waiting (a second delivery of the same event changes nothing) */
    boolean stopped(long childId, String reason) {
        return jdbc.sql("update connected_member set state = 'STOPPED', stop_reason = ? where child_id = ?"
                + " and state = 'WAITING'").params(reason, childId).update() == 1;
    }

    List<Member> ofParent(long parentId) {
        return jdbc.sql("select * from connected_member where parent_id = ? order by position").param(parentId)
                .query(this::map).list();
    }

    Optional<Member> byChild(long childId) {
        return jdbc.sql("select * from connected_member where child_id = ?").param(childId).query(this::map)
                .optional();
    }

    /** Every member of every submitted connected procedure (for the figures). */
    List<Member> all() {
        return jdbc.sql("select * from connected_member order by parent_id, position").query(this::map).list();
    }

    private Member map(ResultSet rs, int n) throws SQLException {
        return new Member(rs.getLong("parent_id"), rs.getString("member_code"), rs.getInt("position"),
                rs.getLong("child_id"), rs.getString("agency_code"), State.valueOf(rs.getString("state")),
                instant(rs.getTimestamp("handed_off_at")), instant(rs.getTimestamp("started_at")),
                rs.getString("stop_reason"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
