import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.StringReader;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;

/**
 * Sync ingest through the API next to a raw COPY of the same rows into the same table, in one run on one PostgreSQL.
 * Run by bench/sync.sh against an application it started: registers a source system, sends --warmup untimed records
 * (default 50,000: the JIT compiles the ingest path), then --records records in batches of --batch with --clients
 * concurrent clients, waits until the indicators have taken every batch, then COPYs as many rows of the same shape
 * (other codes) into synced_dossier and prints both rates and their ratio.
 */
public class SyncBench {

    static final String[] AGENCIES = {"DNG-HAICHAU", "DNG-SONTRA", "DNG-TTPVHCC", "DNG-SOTUPHAP"};
    static final String[] PROCEDURES = {"1.001193", "1.000894", "1.001022", "2.000986"};
    static final Pattern FIELD = Pattern.compile("\"(access_token|apiKey)\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new java.util.HashMap<>();
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            a.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        String api = a.getOrDefault("api", "http://localhost:18081");
        String db = a.get("db");
        int records = Integer.parseInt(a.getOrDefault("records", "100000"));
        int batch = Integer.parseInt(a.getOrDefault("batch", "1000"));
        int clients = Integer.parseInt(a.getOrDefault("clients", "4"));
        // --vary: dates over 2026, statuses, channels, fees and payment differ per record (a realistic load for the
        // indicators; then --copy-records=0, the COPY side copies the fixed record only)
        vary = a.containsKey("vary");
        long copyRecords = Long.parseLong(a.getOrDefault("copy-records", vary ? "0" : Integer.toString(records)));
        if (vary && copyRecords > 0) {
            throw new IllegalArgumentException("--vary loads through the API only: the COPY side copies fixed rows");
        }
        String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        String token = field(post(http, api + "/api/v1/auth/token", null,
                "{\"username\":\"quantri\",\"password\":\"Demo@123\"}"), "access_token");
        String key = field(post(http, api + "/api/v1/sync/systems", "Bearer " + token,
                "{\"name\":\"Bench " + run + "\",\"agencies\":[\"" + String.join("\",\"", AGENCIES) + "\"]}"),
                "apiKey");

        // procedure ids for the COPY rows, as the API resolves them
        Map<String, Long> procedureIds = new java.util.HashMap<>();
        try (Connection c = DriverManager.getConnection(db, a.getOrDefault("user", "postgres"), "")) {
            for (String code : PROCEDURES) {
                try (var st = c.prepareStatement("select id from catalog_procedure where code = ?")) {
                    st.setString(1, code);
                    try (ResultSet rs = st.executeQuery()) {
                        if (rs.next()) {
                            procedureIds.put(code, rs.getLong(1));
                        }
                    }
                }
            }
        }

        int batches = records / batch;
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "50000"));
        // the JIT compiles the ingest path first: these records are sent, and not timed, before the measured ones
        send(http, api, key, "WARM-" + run, warmup / batch, batch, clients, System.nanoTime());
        try (Connection c = DriverManager.getConnection(db, a.getOrDefault("user", "postgres"), "")) {
            // the statistics autovacuum would have taken by now on a production server (it is off on the benchmark
            // machines' PostgreSQL): without them the planner never learns that the tables grew, and looks a batch's
            // thousand keys up by scanning them whole
            c.createStatement().execute("analyze synced_dossier, indicator_dossier");
            // each measured side starts from a checkpoint, not paying for the writes of what ran before it
            c.createStatement().execute("checkpoint");
        }
        long start = System.nanoTime();
        long accepted = send(http, api, key, "API-" + run, batches, batch, clients, start);
        double apiSeconds = (System.nanoTime() - start) / 1e9;
        long sent = (long) batches * batch;
        System.out.printf("API: %,d records in %,d batches of %,d by %d clients: %.1f s, %,.0f records/s (%,d accepted)%n",
                sent, batches, batch, clients, apiSeconds, sent / apiSeconds, accepted);

        try (Connection c = DriverManager.getConnection(db, a.getOrDefault("user", "postgres"), "")) {
            long waited = System.nanoTime();
            while (true) {
                try (ResultSet rs = c.createStatement().executeQuery("select count(*) from event_publication "
                        + "where completion_date is null and event_type like '%SyncedDossiersReported'")) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        break;
                    }
                }
                Thread.sleep(200);
            }
            double withIndicators = (System.nanoTime() - start) / 1e9;
            System.out.printf("API with the indicators caught up: %.1f s (%.1f s after the last answer), %,.0f records/s%n",
                    withIndicators, (System.nanoTime() - waited) / 1e9, sent / withIndicators);

            if (copyRecords == 0) {
                return;
            }
            long systemId;
            try (ResultSet rs = c.createStatement().executeQuery("select max(id) from sync_system")) {
                rs.next();
                systemId = rs.getLong(1);
            }
            StringBuilder csv = new StringBuilder();
            for (long n = 0; n < copyRecords; n++) {
                String code = "COPY-" + run + "-" + n;
                String json = record(code, n);
                String procedure = PROCEDURES[(int) (n % PROCEDURES.length)];
                csv.append(code).append('\t').append(systemId).append('\t').append(AGENCIES[(int) (n % AGENCIES.length)])
                        .append('\t').append(procedureIds.get(procedure)).append('\t').append(procedure)
                        .append("\tĐăng ký\tNguyễn Văn A\t0905111222\t4\tONLINE\t2026-11-23 09:00:00+07\t2026-11-24 17:00:00+07")
                        .append("\t\\N\t\\N\t0\tf\tt\tf\t2026-11-23 09:00:00+07\t1\t").append(sha256(json)).append('\t')
                        .append(json.replace("\\", "\\\\")).append("\t2026-11-29 10:00:00+07\n");
            }
            c.createStatement().execute("checkpoint");
            long copyStart = System.nanoTime();
            c.setAutoCommit(false);
            long copied = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy synced_dossier (code, system_id, "
                    + "agency_code, procedure_id, procedure_code, procedure_name, holder, phone, status, channel, "
                    + "received_at, due_at, returned_at, finished_at, fee_vnd, paid_online, digitized, vneid_verified, "
                    + "record_time, record_steps, record_hash, record_json, updated_at) from stdin", new StringReader(csv.toString()));
            c.commit();
            double copySeconds = (System.nanoTime() - copyStart) / 1e9;
            System.out.printf("COPY: %,d rows in %.1f s, %,.0f rows/s%n", copied, copySeconds, copied / copySeconds);
            System.out.printf("API ÷ COPY: %.2f× (the API's answers), %.2f× (with the indicators)%n",
                    (sent / apiSeconds) / (copied / copySeconds), (sent / withIndicators) / (copied / copySeconds));
        }
    }

    /** Sends batches of records from several clients; returns how many were accepted. */
    static long send(HttpClient http, String api, String key, String prefix, int batches, int batch, int clients,
            long start) throws Exception {
        AtomicLong accepted = new AtomicLong();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> work = new ArrayList<>();
            for (int b = 0; b < batches; b++) {
                int number = b;
                work.add(pool.submit(() -> {
                    StringBuilder body = new StringBuilder("[");
                    for (int i = 0; i < batch; i++) {
                        body.append(i == 0 ? "" : ",").append(record(prefix + "-" + number + "-" + i,
                                (long) number * batch + i));
                    }
                    String answer = post(http, api + "/api/v1/sync/dossiers", null, body.append("]").toString(),
                            "X-API-Key", key);
                    long done = accepted.addAndGet(count(answer, "\"accepted\":true"));
                    if (batches >= 1_000 && done / batch % (1_000_000 / batch) == 0) {
                        System.out.printf("… %,d accepted after %.0f s%n", done, (System.nanoTime() - start) / 1e9);
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        }
        return accepted.get();
    }

    /** A record in the national field names: processing at one of the agencies, online, received 23/11/2026. */
    static String record(String code, long n) {
        if (vary) {
            return varied(code, n);
        }
        return "{\"MaHoSo\":\"" + code + "\",\"MaTTHC\":\"" + PROCEDURES[(int) (n % PROCEDURES.length)]
                + "\",\"TenTTHC\":\"Đăng ký\",\"ChuHoSo\":\"Nguyễn Văn A\",\"SoDienThoai\":\"0905111222\","
                + "\"NgayTiepNhan\":\"20261123090000\",\"NgayHenTra\":\"20261124170000\",\"TrangThaiHoSo\":4,"
                + "\"KenhThucHien\":2,\"DonViXuLy\":\"" + AGENCIES[(int) (n % AGENCIES.length)]
                + "\",\"HoSoCoThanhPhanSoHoa\":true,\"QuaTrinhXuLy\":[{\"NguoiXuLy\":\"Cán bộ\","
                + "\"ThoiDiemXuLy\":\"20261123090000\",\"TrangThai\":4}]}";
    }

    static boolean vary;
    static final java.time.format.DateTimeFormatter NATIONAL = java.time.format.DateTimeFormatter
            .ofPattern("yyyyMMddHHmmss");

    /**
     * Received on a day of 2026 up to 30/11 at 09:00, promised 5 days later; 6 in 10 done (some after the promised
     * day), 2 returned, 1 processing, 1 received; a third at the counter; a fee on every fourth, paid online on half.
     */
    static String varied(String code, long n) {
        java.time.LocalDateTime received = java.time.LocalDate.of(2026, 1, 1).plusDays(n * 7919 % 334).atTime(9, 0);
        java.time.LocalDateTime finished = received.plusDays(n % 7).withHour(10);
        int kind = (int) (n % 10);
        int status = kind < 6 ? 9 : kind < 8 ? 10 : kind == 8 ? 4 : 2;
        StringBuilder r = new StringBuilder("{\"MaHoSo\":\"").append(code).append("\",\"MaTTHC\":\"")
                .append(PROCEDURES[(int) (n % PROCEDURES.length)])
                .append("\",\"TenTTHC\":\"Đăng ký\",\"ChuHoSo\":\"Nguyễn Văn A\",\"SoDienThoai\":\"0905111222\",")
                .append("\"NgayTiepNhan\":\"").append(NATIONAL.format(received)).append("\",\"NgayHenTra\":\"")
                .append(NATIONAL.format(received.plusDays(5).withHour(17))).append("\",\"TrangThaiHoSo\":")
                .append(status).append(",\"KenhThucHien\":").append(n % 3 == 0 ? 1 : 2)
                .append(",\"DonViXuLy\":\"").append(AGENCIES[(int) (n % AGENCIES.length)])
                .append("\",\"HoSoCoThanhPhanSoHoa\":").append(n % 5 != 0)
                .append(",\"DuocThanhToanTrucTuyen\":").append(n % 2 == 0);
        if (n % 4 == 0) {
            r.append(",\"DanhSachLePhi\":[{\"TenPhiLePhi\":\"Lệ phí\",\"MucPhi\":50000}]");
        }
        if (status >= 9) {
            r.append(",\"NgayKetThucXuLy\":\"").append(NATIONAL.format(finished)).append('"');
        }
        if (status == 10) {
            r.append(",\"NgayTra\":\"").append(NATIONAL.format(finished.plusDays(1))).append('"');
        }
        return r.append(",\"QuaTrinhXuLy\":[{\"NguoiXuLy\":\"Cán bộ\",\"ThoiDiemXuLy\":\"")
                .append(NATIONAL.format(received)).append("\",\"TrangThai\":2}]}").toString();
    }

    static String post(HttpClient http, String url, String authorization, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(url + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    static String field(String json, String name) {
        Matcher m = FIELD.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        throw new IllegalStateException("no " + name + " in " + json);
    }

    static long count(String text, String what) {
        long n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes("UTF-8")));
    }
}
