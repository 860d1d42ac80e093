package vn.opendvc.assistance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.opendvc.identity.CurrentUser;

/** The consents an agent asked for, as the agent sees them again: on the desk's list and on the page for the code. */
@Component
public class ConsentLog {

    private final JdbcClient jdbc;

    ConsentLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A consent as the agent who asked for it sees it again: on the desk's list and on the page for the code.
     *
     * @param signedSlip given on a signed consent slip, whose scan is kept (no code was sent)
     */
    public record Consent(long id, long citizenId, long procedureId, String agencyCode, String sentChannel,
            String sentTo, Instant expiresAt, String status, Instant createdAt, Long dossierId, boolean signedSlip) {

        /** Waiting for the code only while it is pending and in time: an unused code that expired ends it too. */
        public State state(Instant now) {
            return switch (status) {
                case "GIVEN" -> State.GIVEN;
                case "PENDING" -> now.isBefore(expiresAt) ? State.WAITING : State.ENDED;
                default -> State.ENDED;
            };
        }
    }

    public enum State {
        WAITING, GIVEN, ENDED
    }

    /** The agent's own consents, newest first; nobody sees another agent's. */
    public List<Consent> recent(CurrentUser agent, int limit) {
        ConsentDesk.requireAgent(agent);
        return jdbc.sql(CONSENT + " where agent_id = ? order by created_at desc, id desc limit ?")
                .params(agent.accountId(), limit).query(ConsentLog::consent).list();
    }

    public Optional<Consent> find(CurrentUser agent, long consentId) {
        ConsentDesk.requireAgent(agent);
        return jdbc.sql(CONSENT + " where id = ? and agent_id = ?").params(consentId, agent.accountId())
                .query(ConsentLog::consent).optional();
    }

    private static final String CONSENT = """
            select id, citizen_id, procedure_id, agency_code, sent_channel, sent_to, expires_at, status, created_at,
                dossier_id, slip_key is not null as signed_slip
            from assisted_consent""";

    private static Consent consent(ResultSet rs, int row) throws SQLException {
        long dossierId = rs.getLong("dossier_id");
        Long dossier = rs.wasNull() ? null : dossierId;
        return new Consent(rs.getLong("id"), rs.getLong("citizen_id"), rs.getLong("procedure_id"),
                rs.getString("agency_code"), rs.getString("sent_channel"), rs.getString("sent_to"),
                rs.getTimestamp("expires_at").toInstant(), rs.getString("status"),
                rs.getTimestamp("created_at").toInstant(), dossier, rs.getBoolean("signed_slip"));
    }
}
