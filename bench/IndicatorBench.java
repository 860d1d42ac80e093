import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indicator query latency through the API (counters) next to the same figures computed by a GROUP BY over the
 * dossier table, for one agency subtree and for the whole country over one period; checks both give the same
 * numbers. Single-file program (Java 21+), needs only the PostgreSQL JDBC driver on the class path:
 *
 * <pre>
 * java -cp ~/.m2/repository/org/postgresql/postgresql/42.7.13/postgresql-42.7.13.jar bench/IndicatorBench.java \
 *     --api=http://localhost:18080 --db=jdbc:postgresql://127.0.0.1:5432/opendvc_bench --user=postgres \
 *     --from=2026-07-01 --to=2026-09-30 --scopes=DNG,VN --api-runs=500 --sql-runs=20
 * </pre>
 *
 * Requests and queries run one at a time (latency, not throughput), after a warm-up. Besides the API, the
 * statement the counter reader issues for whole months is timed alone over JDBC, to separate what grows with the
 * number of dossiers from the fixed cost of the request. The period should be whole months.
 */
public class IndicatorBench {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new LinkedHashMap<>(Map.of("api", "http://localhost:18080", "db",
                "jdbc:postgresql://127.0.0.1:5432/opendvc_bench", "user", "postgres", "password", "", "from",
                "2026-07-01", "to", "2026-09-30", "scopes", "DNG,VN", "api-runs", "500", "sql-runs", "20"));
        for (String a : argv) {
            String[] kv = a.replaceFirst("^--", "").split("=", 2);
            args.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        LocalDate from = LocalDate.parse(args.get("from"));
        LocalDate to = LocalDate.parse(args.get("to"));
        int apiRuns = Integer.parseInt(args.get("api-runs"));
        int sqlRuns = Integer.parseInt(args.get("sql-runs"));
        // --synced: the GROUP BY reads the synced dossiers (a hub's database) instead of the native ones
        synced = args.containsKey("synced");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (Connection db = DriverManager.getConnection(args.get("db"), args.get("user"), args.get("password"))) {
            long dossiers = single(db, "select count(*) from " + (synced ? "synced_dossier" : "dossier"));
            long counterRows = single(db, "select count(*) from indicator_counter");
            long dayRows = single(db, "select count(*) from indicator_agency_day");
            long monthRows = single(db, "select count(*) from indicator_agency_month");
            System.out.printf("dossiers %,d; counter rows: agency×procedure×day %,d, agency×day %,d, agency×month %,d%n",
                    dossiers, counterRows, dayRows, monthRows);
            System.out.println("| dossiers | scope | API p50 | API p99 | counter SQL p50 | counter SQL p99 | GROUP BY p50"
                    + " | GROUP BY p99 | GROUP BY ÷ API (p99) | GROUP BY ÷ counter SQL (p99) | same figures |");
            System.out.println("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
            for (String scope : args.get("scopes").split(",")) {
                String url = args.get("api") + "/api/v1/indicators?agency=" + scope + "&from=" + from + "&to=" + to;
                HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
                String body = null;
                for (int i = 0; i < Math.max(50, apiRuns / 5); i++) { // warm-up: JIT, connection pool, caches
                    body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
                }
                double[] api = new double[apiRuns];
                for (int i = 0; i < apiRuns; i++) {
                    long t = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    api[i] = (System.nanoTime() - t) / 1e6;
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(url + " answered " + response.statusCode());
                    }
                    body = response.body();
                }
                Map<String, Long> fromApi = figures(body);

                List<String> agencies = "VN".equals(scope) ? null : subtree(db, scope);
                String sql = groupBy(agencies != null);
                Map<String, Long> fromSql = null;
                double[] sqlTimes = new double[sqlRuns];
                for (int i = -1; i < sqlRuns; i++) { // run -1 is the warm-up (table in the page cache)
                    long t = System.nanoTime();
                    fromSql = run(db, sql, agencies, from, to);
                    if (i >= 0) {
                        sqlTimes[i] = (System.nanoTime() - t) / 1e6;
                    }
                }
                // the statement the counter reader issues for whole months (the API adds scoring, the agency
                // tree, the catalog figures and JSON around it)
                String counterSql = "select agency_code, metric, sum(counted) from indicator_agency_month"
                        + " where in_month between ? and ?" + (agencies != null ? " and agency_code = any (?)" : "")
                        + " group by agency_code, metric";
                double[] counter = new double[apiRuns];
                for (int i = -Math.max(50, apiRuns / 5); i < apiRuns; i++) {
                    long t = System.nanoTime();
                    try (PreparedStatement s = db.prepareStatement(counterSql)) {
                        s.setDate(1, java.sql.Date.valueOf(from.withDayOfMonth(1)));
                        s.setDate(2, java.sql.Date.valueOf(to.withDayOfMonth(1)));
                        if (agencies != null) {
                            s.setArray(3, db.createArrayOf("varchar", agencies.toArray()));
                        }
                        try (ResultSet rs = s.executeQuery()) {
                            while (rs.next()) {
                                rs.getLong(3);
                            }
                        }
                    }
                    if (i >= 0) {
                        counter[i] = (System.nanoTime() - t) / 1e6;
                    }
                }
                boolean same = fromApi.equals(fromSql);
                System.out.printf("| %,d | %s | %s | %s | %s | %s | %s | %s | %.1f× | %.0f× | %s |%n", dossiers,
                        scope, ms(pct(api, 50)), ms(pct(api, 99)), ms(pct(counter, 50)), ms(pct(counter, 99)),
                        ms(pct(sqlTimes, 50)), ms(pct(sqlTimes, 99)), pct(sqlTimes, 99) / pct(api, 99),
                        pct(sqlTimes, 99) / pct(counter, 99), same ? "yes" : "NO");
                if (!same) {
                    System.out.println("  API:      " + fromApi + "\n  GROUP BY: " + fromSql);
                } else {
                    System.out.println("  figures: " + fromApi);
                }
            }
        }
    }

    /** The figures of the first scorecard of the response (the agency asked for, or the country). */
    static Map<String, Long> figures(String json) {
        Map<String, Long> out = new LinkedHashMap<>();
        int[] online = ratio(json, "\"online\":{");
        int[] full = ratio(json, "\"fullProcess\":{");
        out.put("submitted", (long) online[1]);
        out.put("submitted_online", (long) online[0]);
        out.put("finished", (long) full[1]);
        int[] onTime = ratio(json, "\"key\":\"onTime\"");
        out.put("finished_with_due", (long) onTime[1]);
        out.put("finished_on_time", (long) onTime[0]);
        int[] electronic = ratio(json, "\"key\":\"electronicResults\"");
        out.put("finished_done", (long) electronic[1]);
        out.put("result_electronic", (long) electronic[0]);
        return out;
    }

    /** Numerator and denominator of the first object after {@code marker}. */
    static int[] ratio(String json, String marker) {
        int at = json.indexOf(marker);
        if (at < 0) {
            throw new IllegalStateException("no " + marker + " in the response: " + json.substring(0, 300));
        }
        Matcher m = Pattern.compile("\"numerator\":(\\d+),\"denominator\":(\\d+)").matcher(json);
        if (!m.find(at)) {
            throw new IllegalStateException("no numerator after " + marker);
        }
        return new int[] { Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) };
    }

    static boolean synced;

    /** The same figures from the dossier table's own columns, days in Vietnam's time zone. */
    static String groupBy(boolean someAgencies) {
        String sql = """
                with p(f, t) as (select cast(? as timestamptz), cast(? as timestamptz))
                select agency_code,
                    count(*) filter (where submitted_at >= p.f and submitted_at < p.t) as submitted,
                    count(*) filter (where submitted_at >= p.f and submitted_at < p.t and channel = 'ONLINE')
                        as submitted_online,
                    count(*) filter (where finished_at >= p.f and finished_at < p.t) as finished,
                    count(*) filter (where finished_at >= p.f and finished_at < p.t and due_at is not null)
                        as finished_with_due,
                    count(*) filter (where finished_at >= p.f and finished_at < p.t and finished_at <= due_at)
                        as finished_on_time,
                    count(*) filter (where finished_at >= p.f and finished_at < p.t and status in (9, 10))
                        as finished_done,
                    count(*) filter (where finished_at >= p.f and finished_at < p.t and status = 10)
                        as result_electronic
                from dossier, p
                where ((submitted_at >= p.f and submitted_at < p.t) or (finished_at >= p.f and finished_at < p.t))
                """ + (someAgencies ? " and agency_code = any (?)" : "") + " group by agency_code";
        // a synced dossier was submitted when the source received it (NgayTiepNhan)
        return synced ? sql.replace("from dossier,", "from synced_dossier,").replace("submitted_at", "received_at")
                : sql;
    }

    static Map<String, Long> run(Connection db, String sql, List<String> agencies, LocalDate from, LocalDate to)
            throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setTimestamp(1, Timestamp.from(from.atStartOfDay(VIETNAM).toInstant()));
            s.setTimestamp(2, Timestamp.from(to.plusDays(1).atStartOfDay(VIETNAM).toInstant()));
            if (agencies != null) {
                Array array = db.createArrayOf("varchar", agencies.toArray());
                s.setArray(3, array);
            }
            Map<String, Long> out = new LinkedHashMap<>();
            for (String k : List.of("submitted", "submitted_online", "finished", "finished_with_due",
                    "finished_on_time", "finished_done", "result_electronic")) {
                out.put(k, 0L);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    for (String k : out.keySet()) {
                        out.merge(k, rs.getLong(k), Long::sum);
                    }
                }
            }
            return out;
        }
    }

    static List<String> subtree(Connection db, String root) throws Exception {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("""
                with recursive t(code) as (select code from agency where code = ?
                    union all select a.code from agency a join t on a.parent_code = t.code)
                select code from t""")) {
            s.setString(1, root);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no agency " + root);
        }
        return out;
    }

    static long single(Connection db, String sql) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Nearest-rank percentile. */
    static double pct(double[] samples, int p) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static String ms(double millis) {
        return millis >= 100 ? String.format("%,.0f ms", millis) : String.format("%.1f ms", millis);
    }
}
