package vn.opendvc.assistance.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.opendvc.agency.Agency;
import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.identity.Accounts;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.Role;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;
import vn.opendvc.web.VietnamTime;

/**
 * The day at the counters (Vietnam's calendar day): per organisation and per agent, the assisted dossiers started
 * that day and their fees ({@code chargedVnd}), what of those is still due now ({@code dueVnd}), and the cash taken
 * that day ({@code collectedVnd}, {@code receipts}), which may include fees of earlier days: it is what the till
 * should hold; fees the citizens paid online that day ({@code paidOnlineVnd}, receipts counted too) go to the
 * organisation's account, not the till. An agent sees their own organisation; an administrator or a monitor any one, or all.
 */
@Component
public class FeeReport {

    /** The figures of one agent, one organisation or the whole day. */
    public record Figures(int dossiers, long chargedVnd, long dueVnd, int receipts, long collectedVnd,
            long paidOnlineVnd) {

        static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0);

        Figures plus(Figures other) {
            return new Figures(dossiers + other.dossiers, chargedVnd + other.chargedVnd, dueVnd + other.dueVnd,
                    receipts + other.receipts, collectedVnd + other.collectedVnd,
                    paidOnlineVnd + other.paidOnlineVnd);
        }
    }

    public record AgentLine(long agentId, String agentName, Figures figures) {
    }

    public record OrganisationLine(String organisation, String name, List<AgentLine> agents, Figures figures) {
    }

    public record Report(LocalDate date, String organisation, List<OrganisationLine> organisations, Figures total) {
    }

    private final JdbcClient jdbc;
    private final AgencyDirectory agencies;
    private final Accounts accounts;

    FeeReport(JdbcClient jdbc, AgencyDirectory agencies, Accounts accounts) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.accounts = accounts;
    }

    /** @param organisation for an administrator or a monitor, one organisation; {@code null}: all of them */
    public Report day(CurrentUser user, LocalDate date, String organisation) {
        String scope = scope(user, organisation);
        Timestamp from = Timestamp.from(date.atStartOfDay(VietnamTime.ZONE).toInstant());
        Timestamp to = Timestamp.from(date.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant());
        // one row per fee that counts that day: started that day, or paid in cash that day, or both
        var query = jdbc.sql("""
                select organisation, agent_id, amount_vnd, status,
                    case when created_at >= :from and created_at < :to then 1 else 0 end as started,
                    case when paid_at >= :from and paid_at < :to then 1 else 0 end as paid
                from assisted_fee
                where ((created_at >= :from and created_at < :to) or (paid_at >= :from and paid_at < :to))
                """ + (scope == null ? "" : " and organisation = :organisation") + " order by organisation, agent_id")
                .param("from", from).param("to", to);
        List<Row> rows = (scope == null ? query : query.param("organisation", scope)).query(Row.class).list();
        Map<String, Map<Long, Figures>> byOrganisation = new LinkedHashMap<>();
        for (Row row : rows) {
            byOrganisation.computeIfAbsent(row.organisation(), o -> new LinkedHashMap<>())
                    .merge(row.agentId(), row.figures(), Figures::plus);
        }
        List<OrganisationLine> lines = new ArrayList<>();
        Figures total = Figures.NONE;
        for (var organisationEntry : byOrganisation.entrySet()) {
            List<AgentLine> agents = new ArrayList<>();
            Figures sum = Figures.NONE;
            for (var agentEntry : organisationEntry.getValue().entrySet()) {
                agents.add(new AgentLine(agentEntry.getKey(), name(agentEntry.getKey()), agentEntry.getValue()));
                sum = sum.plus(agentEntry.getValue());
            }
            lines.add(new OrganisationLine(organisationEntry.getKey(), agencyName(organisationEntry.getKey()),
                    agents, sum));
            total = total.plus(sum);
        }
        return new Report(date, scope, lines, total);
    }

    /** The day asked for ({@code yyyy-MM-dd}), today in Vietnam when none; anything else is a 400. */
    public static LocalDate date(String date, Clock clock) {
        if (date == null || date.isBlank()) {
            return LocalDate.now(clock.withZone(VietnamTime.ZONE));
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw Problems.badRequest(Message.of("assistance.report.invalid.date"),
                    Map.of("date", Message.of("assistance.report.invalid.date")));
        }
    }

    /** The organisation whose figures the user may see: an agent only their own; a supervisor the one asked for. */
    private static String scope(CurrentUser user, String organisation) {
        String asked = organisation == null || organisation.isBlank() ? null : organisation.strip();
        if (user.hasAnyRole(Set.of(Role.ADMIN, Role.MONITOR))) {
            return asked;
        }
        if (!user.hasRole(Role.AGENT) || user.agencyCode() == null) {
            throw Problems.forbidden(Message.of("assistance.report.problem.forbidden"));
        }
        if (asked != null && !asked.equalsIgnoreCase(user.agencyCode())) {
            throw Problems.forbidden(Message.of("assistance.report.problem.other-organisation"));
        }
        return user.agencyCode();
    }

    private String name(long accountId) {
        return accounts.find(accountId).map(CurrentUser::displayName).orElse("#" + accountId);
    }

    private String agencyName(String code) {
        return agencies.find(code).map(Agency::name).orElse(code);
    }

    record Row(String organisation, long agentId, long amountVnd, String status, int started, int paid) {

        Figures figures() {
            boolean isStarted = started == 1;
            boolean isPaid = paid == 1;
            boolean online = "PAID_ONLINE".equals(status);
            return new Figures(isStarted ? 1 : 0, isStarted ? amountVnd : 0,
                    isStarted && "DUE".equals(status) ? amountVnd : 0, isPaid ? 1 : 0,
                    isPaid && !online ? amountVnd : 0, isPaid && online ? amountVnd : 0);
        }
    }
}
