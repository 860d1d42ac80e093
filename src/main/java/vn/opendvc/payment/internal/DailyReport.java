package vn.opendvc.payment.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.opendvc.agency.Agency;
import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.web.VietnamTime;

/**
 * The daily reconciliation report per agency: payments created that day (Vietnam time) by state with their amounts,
 * the anomalies recorded that day (amount mismatches, confirmations after expiry, double payments,
 * disagreements with the gateway), and every refund still to make whatever its day (a payment the gateway confirmed
 * for a fee another payment had already paid: the accountant returns the money and records it).
 */
@Component
public class DailyReport {

    /** One agency's line. */
    public record Line(String agencyCode, String agencyName, long created, long succeeded, long succeededVnd,
            long pending, long failed, long expired, long refunded, long refundedVnd, long anomalies, long refundDue,
            long refundDueVnd) {
    }

    public record Anomaly(String agencyCode, String txnRef, String kind, String detail, java.time.Instant at) {
    }

    /** A refund to make: the payment's money was confirmed by the gateway after another payment paid the fee. */
    public record RefundDue(long paymentId, String agencyCode, String txnRef, long reference, long amountVnd,
            String gatewayTransactionNo, java.time.Instant confirmedAt) {
    }

    /** @param refundsDue every refund still to make, oldest first, whatever the report's day */
    public record Report(LocalDate day, List<Line> lines, Line total, List<Anomaly> anomalies,
            List<RefundDue> refundsDue) {
    }

    /** Positions in an agency's counters. */
    private static final int CREATED = 0, SUCCEEDED = 1, SUCCEEDED_VND = 2, PENDING = 3, FAILED = 4, EXPIRED = 5,
            REFUNDED = 6, REFUNDED_VND = 7, ANOMALIES = 8, REFUND_DUE = 9, REFUND_DUE_VND = 10, COUNTERS = 11;

    private final JdbcClient jdbc;
    private final AgencyDirectory agencies;
    private final PaymentLedger ledger;

    DailyReport(JdbcClient jdbc, AgencyDirectory agencies, PaymentLedger ledger) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.ledger = ledger;
    }

    public Report of(LocalDate day) {
        Timestamp from = Timestamp.from(day.atStartOfDay(VietnamTime.ZONE).toInstant());
        Timestamp to = Timestamp.from(day.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant());
        Map<String, long[]> counts = new TreeMap<>();
        jdbc.sql("select agency_code, status, count(*) as n, sum(amount_vnd) as total from payment"
                        + " where created_at >= :from and created_at < :to group by agency_code, status")
                .param("from", from).param("to", to)
                .query(rs -> {
                    long[] c = counts.computeIfAbsent(rs.getString("agency_code"), k -> new long[COUNTERS]);
                    long n = rs.getLong("n");
                    long total = rs.getLong("total");
                    c[CREATED] += n;
                    switch (rs.getString("status")) {
                        case "SUCCEEDED" -> { c[SUCCEEDED] += n; c[SUCCEEDED_VND] += total; }
                        case "CREATED", "PENDING" -> c[PENDING] += n;
                        case "FAILED" -> c[FAILED] += n;
                        case "EXPIRED" -> c[EXPIRED] += n;
                        case "REFUND_DUE" -> { c[REFUND_DUE] += n; c[REFUND_DUE_VND] += total; }
                        case "REFUNDED" -> { c[REFUNDED] += n; c[REFUNDED_VND] += total; }
                        default -> { }
                    }
                });
        List<Anomaly> anomalies = jdbc.sql("select agency_code, txn_ref, kind, detail, at from payment_anomaly"
                        + " where at >= :from and at < :to order by at, id")
                .param("from", from).param("to", to)
                .query((rs, row) -> new Anomaly(rs.getString("agency_code"), rs.getString("txn_ref"),
                        rs.getString("kind"), rs.getString("detail"), rs.getTimestamp("at").toInstant()))
                .list();
        for (Anomaly a : anomalies) {
            counts.computeIfAbsent(a.agencyCode() == null ? "?" : a.agencyCode(), k -> new long[COUNTERS])[ANOMALIES]++;
        }
        List<Line> lines = new ArrayList<>();
        long[] sum = new long[COUNTERS];
        counts.forEach((code, c) -> {
            lines.add(line(code, agencies.find(code).map(Agency::name).orElse(code), c));
            for (int i = 0; i < sum.length; i++) {
                sum[i] += c[i];
            }
        });
        List<RefundDue> refundsDue = ledger.refundsDue().stream()
                .map(p -> new RefundDue(p.id(), p.agencyCode(), p.txnRef(), p.reference(), p.amountVnd(),
                        p.gatewayTransactionNo(), p.settledAt()))
                .toList();
        return new Report(day, lines, line("", "Tổng cộng", sum), anomalies, refundsDue);
    }

    private static Line line(String code, String name, long[] c) {
        return new Line(code, name, c[CREATED], c[SUCCEEDED], c[SUCCEEDED_VND], c[PENDING], c[FAILED], c[EXPIRED],
                c[REFUNDED], c[REFUNDED_VND], c[ANOMALIES], c[REFUND_DUE], c[REFUND_DUE_VND]);
    }

    /**
     * The report as CSV (UTF-8, comma-separated, header row, the total last). {@code refund_due} and
     * {@code refund_due_vnd} count the day's payments whose money is still owed back; the refunds themselves are
     * listed on the page.
     */
    public String csv(Report report) {
        StringBuilder csv = new StringBuilder("day,agency_code,agency_name,created,succeeded,succeeded_vnd,pending,"
                + "failed,expired,refunded,refunded_vnd,anomalies,refund_due,refund_due_vnd\n");
        List<Line> all = new ArrayList<>(report.lines());
        all.add(report.total());
        for (Line l : all) {
            csv.append(report.day()).append(',').append(cell(l.agencyCode())).append(',').append(cell(l.agencyName()))
                    .append(',').append(l.created()).append(',').append(l.succeeded()).append(',')
                    .append(l.succeededVnd()).append(',').append(l.pending()).append(',').append(l.failed())
                    .append(',').append(l.expired()).append(',').append(l.refunded()).append(',')
                    .append(l.refundedVnd()).append(',').append(l.anomalies()).append(',').append(l.refundDue())
                    .append(',').append(l.refundDueVnd()).append('\n');
        }
        return csv.toString();
    }

    private static String cell(String value) {
        String v = value == null ? "" : value;
        // formula injection: a cell starting with = + - @ is read as text
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
