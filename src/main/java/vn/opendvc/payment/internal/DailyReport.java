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
 * and the anomalies recorded that day (amount mismatches, confirmations after expiry, double payments,
 * disagreements with the gateway).
 */
@Component
public class DailyReport {

    /** One agency's line. */
    public record Line(String agencyCode, String agencyName, long created, long succeeded, long succeededVnd,
            long pending, long failed, long expired, long refunded, long refundedVnd, long anomalies) {
    }

    public record Anomaly(String agencyCode, String txnRef, String kind, String detail, java.time.Instant at) {
    }

    public record Report(LocalDate day, List<Line> lines, Line total, List<Anomaly> anomalies) {
    }

    private final JdbcClient jdbc;
    private final AgencyDirectory agencies;

    DailyReport(JdbcClient jdbc, AgencyDirectory agencies) {
        this.jdbc = jdbc;
        this.agencies = agencies;
    }

    public Report of(LocalDate day) {
        Timestamp from = Timestamp.from(day.atStartOfDay(VietnamTime.ZONE).toInstant());
        Timestamp to = Timestamp.from(day.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant());
        Map<String, long[]> counts = new TreeMap<>();
        jdbc.sql("select agency_code, status, count(*) as n, sum(amount_vnd) as total from payment"
                        + " where created_at >= :from and created_at < :to group by agency_code, status")
                .param("from", from).param("to", to)
                .query(rs -> {
                    long[] c = counts.computeIfAbsent(rs.getString("agency_code"), k -> new long[10]);
                    long n = rs.getLong("n");
                    long total = rs.getLong("total");
                    c[0] += n;
                    switch (rs.getString("status")) {
                        case "SUCCEEDED" -> { c[1] += n; c[2] += total; }
                        case "CREATED", "PENDING" -> c[3] += n;
                        case "FAILED" -> c[4] += n;
                        case "EXPIRED" -> c[5] += n;
                        case "REFUNDED" -> { c[6] += n; c[7] += total; }
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
            counts.computeIfAbsent(a.agencyCode() == null ? "?" : a.agencyCode(), k -> new long[10])[8]++;
        }
        List<Line> lines = new ArrayList<>();
        long[] sum = new long[10];
        counts.forEach((code, c) -> {
            String name = agencies.find(code).map(Agency::name).orElse(code);
            lines.add(line(code, name, c));
            for (int i = 0; i < sum.length; i++) {
                sum[i] += c[i];
            }
        });
        return new Report(day, lines, line("", "Tổng cộng", sum), anomalies);
    }

    /** A line from its counters, in the order the query above fills them. */
    private static Line line(String agencyCode, String agencyName, long[] c) {
        return new Line(agencyCode, agencyName, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]);
    }

    /** The report as CSV (UTF-8, comma-separated, header row, the total last). */
    public String csv(Report report) {
        StringBuilder csv = new StringBuilder(
                "day,agency_code,agency_name,created,succeeded,succeeded_vnd,pending,failed,expired,refunded,refunded_vnd,anomalies\n");
        List<Line> all = new ArrayList<>(report.lines());
        all.add(report.total());
        for (Line l : all) {
            csv.append(report.day()).append(',').append(cell(l.agencyCode())).append(',').append(cell(l.agencyName()))
                    .append(',').append(l.created()).append(',').append(l.succeeded()).append(',')
                    .append(l.succeededVnd()).append(',').append(l.pending()).append(',').append(l.failed())
                    .append(',').append(l.expired()).append(',').append(l.refunded()).append(',')
                    .append(l.refundedVnd()).append(',').append(l.anomalies()).append('\n');
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
