package vn.opendvc.assistance.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.identity.CitizenAccounts;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.PersonalIdNumber;
import vn.opendvc.identity.Role;
import vn.opendvc.files.FileStore;
import vn.opendvc.files.RejectedUpload;
import vn.opendvc.files.Uploads;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problem;
import vn.opendvc.web.Problems;

/**
 * The citizen's consent on paper, for a citizen with neither phone nor e-mail to receive a code: the agent prints the
 * consent slip ({@link ConsentSlipPdf}), the citizen signs it in person, and the agent uploads its scan, which is kept
 * with the consent; the consent is given at once and starts the draft as a code would. Only a citizen who already has
 * an account can sign (the slip names them). The scan is read again only by its agent and, for an audit, by an
 * administrator or a monitor.
 */
@Component
public class SlipConsents {

    public static final String METHOD = "SIGNED_SLIP";

    /**
     * The citizen (by ID number), the procedure and the agency, as on the slip the citizen signed.
     *
     * @param fullName the citizen's name, needed only when no account holds the ID number yet: the account is then
     *                 opened (without phone or e-mail) when the signed slip is recorded
     */
    public record SlipRequest(String idNumber, Long procedureId, String agencyCode, String fullName) {
    }

    /**
     * What the slip says, to print it.
     *
     * @param citizenId the citizen's account, {@code null} while it is still to be opened by recording the slip
     */
    public record Slip(Long citizenId, String citizenName, String personalId, long procedureId, String procedureName,
            String agencyCode) {
    }

    public record Scan(long consentId, String mediaType, byte[] content) {
    }

    private final ConsentDesk desk;
    private final CitizenAccounts citizens;
    private final Uploads uploads;
    private final FileStore files;
    private final JdbcClient jdbc;
    private final Clock clock;

    SlipConsents(ConsentDesk desk, CitizenAccounts citizens, Uploads uploads, FileStore files, JdbcClient jdbc,
            Clock clock) {
        this.desk = desk;
        this.citizens = citizens;
        this.uploads = uploads;
        this.files = files;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The slip to print: the procedure must exist; a citizen without account must be named (400 on {@code idNumber}
     * without a name, on {@code idNumber} or {@code fullName} when either is not valid).
     */
    public Slip slip(CurrentUser agent, SlipRequest request) {
        ConsentDesk.requireAgent(agent);
        String procedureName = desk.procedureName(request.procedureId(), request.agencyCode());
        Optional<CurrentUser> account = citizens.findByPersonalId(request.idNumber());
        if (account.isPresent()) {
            return new Slip(account.get().accountId(), account.get().displayName(), account.get().personalId(),
                    request.procedureId(), procedureName, request.agencyCode().strip());
        }
        String personalId = PersonalIdNumber.normalize(request.idNumber())
                .orElseThrow(() -> invalid("idNumber", "assistance.invalid.idNumber"));
        String name = request.fullName() == null ? "" : request.fullName().strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw invalid("idNumber", "assistance.slip.invalid.unknown-citizen");
        }
        if (name.length() > 200) {
            throw invalid("fullName", "assistance.invalid.fullName");
        }
        return new Slip(null, name, personalId, request.procedureId(), procedureName, request.agencyCode().strip());
    }

    private static Problem invalid(String field, String key) {
        return Problems.badRequest(Message.of(key), Map.of(field, Message.of(key)));
    }

    /**
     * Records the consent of the signed slip whose scan this is and starts the citizen's draft. The scan is judged by
     * its content like every upload (PDF, JPEG or PNG; a refusal is a problem with the upload's status on
     * {@code file}); nothing is kept when anything is refused.
     */
    @Transactional
    public ConsentDesk.Given record(CurrentUser agent, SlipRequest request, byte[] scan) {
        Slip slip = slip(agent, request);
        if (scan == null || scan.length == 0) {
            throw Problems.badRequest(Message.of("assistance.slip.invalid.file"),
                    Map.of("file", Message.of("assistance.slip.invalid.file")));
        }
        String mediaType;
        try {
            mediaType = uploads.inspect(scan);
        } catch (RejectedUpload rejected) {
            throw Problems.problem(rejected.status(), "slip-rejected", Message.of("assistance.slip.rejected.title"),
                    rejected.explanation(), Map.of("file", rejected.explanation()));
        }
        long citizenId = slip.citizenId() != null ? slip.citizenId()
                : citizens.openForCitizen(agent, slip.personalId(), slip.citizenName(), null).accountId();
        Instant now = clock.instant();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into assisted_consent (agent_id, citizen_id, procedure_id, agency_code, method, slip_key,
                    slip_type, expires_at, status, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)""")
                .params(agent.accountId(), citizenId, slip.procedureId(), slip.agencyCode(), METHOD,
                        files.store(scan), mediaType, Timestamp.from(now), Timestamp.from(now))
                .update(keys, "id");
        long consentId = Objects.requireNonNull(keys.getKey()).longValue();
        return desk.give(agent, consentId, citizenId, slip.procedureId(), slip.agencyCode(), METHOD);
    }

    /** The scan of a signed slip, for the agent who recorded it or an administrator or a monitor; else none. */
    public Optional<Scan> scan(CurrentUser user, long consentId) {
        return jdbc.sql("""
                select agent_id, slip_key, slip_type from assisted_consent where id = ? and slip_key is not null""")
                .param(consentId)
                .query((rs, row) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3))).optional()
                .filter(stored -> stored.agentId() == user.accountId() && user.hasRole(Role.AGENT)
                        || user.hasAnyRole(Set.of(Role.ADMIN, Role.MONITOR)))
                .map(stored -> new Scan(consentId, stored.mediaType(), files.read(stored.key())));
    }

    private record Stored(long agentId, String key, String mediaType) {
    }
}
