package vn.opendvc.assistance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.dossier.DossierFacts;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.Role;
import vn.opendvc.payment.PaymentPurpose;
import vn.opendvc.payment.PaymentStarted;
import vn.opendvc.payment.Payments;
import vn.opendvc.web.DisplayTime;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problem;
import vn.opendvc.web.Problems;
import vn.opendvc.web.VietnamTime;

/**
 * The agent's service fee of an assisted dossier (phí dịch vụ hỗ trợ, not the procedure's legal fee): charged when
 * the citizen's consent starts the draft, at the fee of the agent's organisation, and paid either in cash at the
 * counter or online by the citizen (a payment of purpose {@link PaymentPurpose#AGENT_FEE} to the organisation), against
 * a receipt {@code PDV-<year>-<8-digit fee id>}. Only the agent who submitted the dossier takes the cash (the consent
 * and the dossier are theirs alone, and the receipt names the citizen), only the citizen pays online; the agent and
 * the citizen see the fee; to anyone else it does not exist.
 */
@Component
public class AgentFees {

    private static final Logger log = LoggerFactory.getLogger(AgentFees.class);

    public enum Status {
        DUE, PAID_CASH, PAID_ONLINE, WAIVED;

        public boolean isPaid() {
            return this == PAID_CASH || this == PAID_ONLINE;
        }
    }

    /** @param paymentId the online payment that paid it, {@code null} unless {@link Status#PAID_ONLINE} */
    public record Fee(long id, long dossierId, long agentId, long citizenId, String organisation, long amountVnd,
            Status status, String receiptNo, Instant paidAt, Instant createdAt, Long paymentId) {
    }

    private final JdbcClient jdbc;
    private final AgentFeeSchedule schedule;
    private final Payments payments;
    private final DossierFacts dossiers;
    private final DisplayTime time;
    private final Clock clock;

    AgentFees(JdbcClient jdbc, AgentFeeSchedule schedule, Payments payments, DossierFacts dossiers, DisplayTime time,
            Clock clock) {
        this.jdbc = jdbc;
        this.schedule = schedule;
        this.payments = payments;
        this.dossiers = dossiers;
        this.time = time;
        this.clock = clock;
    }

    /** Records the fee of a new assisted dossier, in the caller's transaction; a fee of 0 is waived from the start. */
    void charge(CurrentUser agent, long dossierId, long citizenId, Instant at) {
        String organisation = Objects.requireNonNullElse(agent.agencyCode(), "");
        long amount = schedule.feeOf(organisation);
        jdbc.sql("""
                insert into assisted_fee (dossier_id, agent_id, citizen_id, organisation, amount_vnd, status,
                    created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(dossierId, agent.accountId(), citizenId, organisation, amount,
                        (amount == 0 ? Status.WAIVED : Status.DUE).name(), Timestamp.from(at))
                .update();
    }

    /** The fee as the agent who submitted the dossier or the citizen whose dossier it is sees it. */
    public Optional<Fee> find(CurrentUser user, long dossierId) {
        return row(dossierId).filter(fee -> fee.agentId() == user.accountId()
                ? user.hasRole(Role.AGENT) : fee.citizenId() == user.accountId());
    }

    /** The agent's fees of these dossiers, by dossier: for the desk's list. */
    public Map<Long, Fee> ofDossiers(CurrentUser agent, Collection<Long> dossierIds) {
        if (dossierIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(FEE + " where agent_id = :agent and dossier_id in (:ids)")
                .paramSource(new MapSqlParameterSource("agent", agent.accountId()).addValue("ids", dossierIds))
                .query(AgentFees::fee).list().stream()
                .collect(Collectors.toMap(Fee::dossierId, Function.identity()));
    }

    /**
     * The agent took the fee in cash: the receipt number is given now; a fee paid or waived is refused (409), and so
     * is cash while the citizen's online payment of it is open (the money would be taken twice).
     */
    @Transactional
    public Fee payCash(CurrentUser agent, long dossierId) {
        ConsentDesk.requireAgent(agent);
        Fee fee = find(agent, dossierId).filter(f -> f.agentId() == agent.accountId())
                .orElseThrow(() -> notFound(dossierId));
        payments.forReference(PaymentPurpose.AGENT_FEE, dossierId).stream()
                .filter(p -> p.status().isOpen()).findFirst().ifPresent(open -> {
                    throw Problems.problem(HttpStatus.CONFLICT, "agent-fee-paying-online",
                            Message.of("assistance.fee.problem.online-open.title"),
                            Message.of("assistance.fee.problem.online-open", time.dateTime(open.expiresAt())));
                });
        Instant now = clock.instant();
        String receipt = receiptNo(fee.id(), now);
        int paid = jdbc.sql("""
                update assisted_fee set status = 'PAID_CASH', receipt_no = ?, paid_at = ?
                where id = ? and status = 'DUE'""").params(receipt, Timestamp.from(now), fee.id()).update();
        if (paid == 0) {
            throw Problems.problem(HttpStatus.CONFLICT, "agent-fee-settled",
                    Message.of("assistance.fee.problem.settled.title"),
                    Message.of("assistance.fee.problem.settled." + row(dossierId).orElse(fee).status()));
        }
        return row(dossierId).orElseThrow();
    }

    /**
     * The citizen pays the fee online: a payment of the fee to the agent's organisation, idempotent per key like every
     * payment; only a fee still due can be paid (409 otherwise).
     */
    @Transactional
    public PaymentStarted payOnline(CurrentUser citizen, long dossierId, String idempotencyKey, String clientIp) {
        Fee fee = find(citizen, dossierId).filter(f -> f.citizenId() == citizen.accountId())
                .orElseThrow(() -> notFound(dossierId));
        if (fee.status() != Status.DUE) {
            throw Problems.problem(HttpStatus.CONFLICT, "agent-fee-settled",
                    Message.of("assistance.fee.problem.not-due.title"),
                    Message.of("assistance.fee.problem.settled." + fee.status()));
        }
        String dossier = dossiers.find(dossierId).map(DossierFacts.Fact::code).orElse(Long.toString(dossierId));
        return payments.start(idempotencyKey, PaymentPurpose.AGENT_FEE, dossierId, citizen.accountId(),
                fee.organisation(), fee.amountVnd(), "Phi dich vu ho tro ho so " + dossier, clientIp);
    }

    /**
     * The gateway confirmed the citizen's online payment: the fee is paid, with its receipt number, once. A fee taken
     * in cash meanwhile (possible only when the payment was confirmed after it expired) is left as it is and reported:
     * the online money is then owed back.
     */
    void paidOnline(long dossierId, long paymentId, Instant at) {
        Optional<Fee> fee = row(dossierId);
        if (fee.isEmpty() || fee.get().status() == Status.PAID_ONLINE
                && Objects.equals(fee.get().paymentId(), paymentId)) {
            return;
        }
        int paid = jdbc.sql("""
                update assisted_fee set status = 'PAID_ONLINE', receipt_no = ?, paid_at = ?, payment_id = ?
                where id = ? and status = 'DUE'""")
                .params(receiptNo(fee.get().id(), at), Timestamp.from(at), paymentId, fee.get().id()).update();
        if (paid == 0) {
            log.warn("agent fee of dossier {} is {}: online payment {} must be given back", dossierId,
                    fee.get().status(), paymentId);
        }
    }

    static Problem notFound(long dossierId) {
        return Problems.notFound(Message.of("assistance.fee.problem.fee"), dossierId);
    }

    /** {@code PDV-<year of payment in Vietnam>-<fee id, 8 digits>}. */
    static String receiptNo(long feeId, Instant paidAt) {
        return "PDV-" + paidAt.atZone(VietnamTime.ZONE).getYear() + "-" + String.format("%08d", feeId);
    }

    private Optional<Fee> row(long dossierId) {
        return jdbc.sql(FEE + " where dossier_id = ?").param(dossierId).query(AgentFees::fee).optional();
    }

    static final String FEE = """
            select id, dossier_id, agent_id, citizen_id, organisation, amount_vnd, status, receipt_no, paid_at,
                created_at, payment_id
            from assisted_fee""";

    static Fee fee(ResultSet rs, int row) throws SQLException {
        Timestamp paidAt = rs.getTimestamp("paid_at");
        return new Fee(rs.getLong("id"), rs.getLong("dossier_id"), rs.getLong("agent_id"), rs.getLong("citizen_id"),
                rs.getString("organisation"), rs.getLong("amount_vnd"), Status.valueOf(rs.getString("status")),
                rs.getString("receipt_no"), paidAt == null ? null : paidAt.toInstant(),
                rs.getTimestamp("created_at").toInstant(), rs.getObject("payment_id", Long.class));
    }
}
