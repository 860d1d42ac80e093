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
 * (default 100,000: the JIT compiles the ingest path) and analyses the tables, then in each of --rounds rounds (3; 1
 * with --vary) sends --records records in batches of --batch with --clients concurrent clients, waits until the
 * indicators have taken every batch, then COPYs as many rows of the same shape (other codes) into synced_dossier and
 * prints both rates and their ratio; the median ratio at the end. Each measured side starts from a checkpoint, with
 * its input made beforehand; with --app-pid, the CPU time per row of the application and of PostgreSQL.
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
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "100000"));
        int rounds = Integer.parseInt(a.getOrDefault("rounds", vary ? "1" : "3"));
        long appPid = Long.parseLong(a.getOrDefault("app-pid", "0"));
        String user = a.getOrDefault("user", "postgres");
        // the JIT compiles the ingest path first: these records are sent, and not timed, before the measured ones
        send(http, api, key, bodies("WARM-" + run, warmup / batch, batch), clients, System.nanoTime());
        try (Connection c = DriverManager.getConnection(db, user, "")) {
            // the statistics autovacuum would have taken by now on a production server (it is off on the benchmark
            // machines' PostgreSQL): without them the planner never learns that the tables grew, and looks a batch's
            // thousand keys up by scanning them whole
            c.createStatement().execute("analyze synced_dossier, indicator_dossier");
        }
        List<Double> ratios = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            String prefix = "API-" + run + "-" + round;
            // the request bodies are made before the clock starts, as the COPY text is (except for a load too large
            // to hold: then while sending)
            List<String> prepared = (long) records * 700 <= 1_500_000_000L ? bodies(prefix, batches, batch).toList()
                    : null;
            checkpoint(db, user);
            Cpu before = Cpu.now(appPid);
            long start = System.nanoTime();
            long accepted = send(http, api, key, prepared != null ? prepared.stream() : bodies(prefix, batches, batch),
                    clients, start);
            double apiSeconds = (System.nanoTime() - start) / 1e9;
            long sent = (long) batches * batch;
            System.out.printf("round %d: API: %,d records in %,d batches of %,d by %d clients: %.1f s, %,.0f records/s "
                    + "(%,d accepted)%n", round, sent, batches, batch, clients, apiSeconds, sent / apiSeconds, accepted);
            long waited = System.nanoTime();
            waitForIndicators(db, user);
            double withIndicators = (System.nanoTime() - start) / 1e9;
            Cpu apiCpu = Cpu.now(appPid).minus(before);
            System.out.printf("round %d: API with the indicators caught up: %.1f s (%.1f s after the last answer), "
                    + "%,.0f records/s%s%n", round, withIndicators, (System.nanoTime() - waited) / 1e9,
                    sent / withIndicators, apiCpu.perRow(sent, appPid));
            if (copyRecords == 0) {
                continue;
            }
            String copyText = copyText(db, user, run + "-" + round, copyRecords, procedureIds);
            checkpoint(db, user);
            try (Connection c = DriverManager.getConnection(db, user, "")) {
                Cpu copyBefore = Cpu.now(appPid);
                long copyStart = System.nanoTime();
                c.setAutoCommit(false);
                long copied = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy synced_dossier (code, system_id, "
                        + "agency_code, procedure_id, procedure_code, procedure_name, holder, phone, status, channel, "
                        + "received_at, due_at, returned_at, finished_at, fee_vnd, paid_online, digitized, "
                        + "vneid_verified, record_time, record_steps, record_hash, record_json, updated_at) from stdin",
                        new StringReader(copyText));
                c.commit();
                double copySeconds = (System.nanoTime() - copyStart) / 1e9;
                Cpu copy = Cpu.now(appPid).minus(copyBefore);
                double ratio = (sent / apiSeconds) / (copied / copySeconds);
                ratios.add(ratio);
                System.out.printf("round %d: COPY: %,d rows in %.1f s, %,.0f rows/s%s%n", round, copied, copySeconds,
                        copied / copySeconds, copy.perRow(copied, appPid));
                System.out.printf("round %d: API ÷ COPY: %.2f× (the API's answers), %.2f× (with the indicators)%n",
                        round, ratio, (sent / withIndicators) / (copied / copySeconds));
            }
        }
        if (ratios.size() > 1) {
            List<Double> sorted = ratios.stream().sorted().toList();
            System.out.printf("API ÷ COPY over %d rounds: median %.2f×, from %.2f× to %.2f×%n", sorted.size(),
                    (sorted.get((sorted.size() - 1) / 2) + sorted.get(sorted.size() / 2)) / 2, sorted.getFirst(),
                    sorted.getLast());
        }
    }

    /** The batches' request bodies, made as they are taken. */
    static java.util.stream.Stream<String> bodies(String prefix, int batches, int batch) {
        return java.util.stream.IntStream.range(0, batches).mapToObj(number -> {
            StringBuilder body = new StringBuilder("[");
            for (int i = 0; i < batch; i++) {
                body.append(i == 0 ? "" : ",").append(record(prefix + "-" + number + "-" + i,
                        (long) number * batch + i));
            }
            return body.append("]").toString();
        });
    }

    static void checkpoint(String db, String user) throws Exception {
        try (Connection c = DriverManager.getConnection(db, user, "")) {
            // each measured side starts from a checkpoint, not paying for the writes of what ran before it
            c.createStatement().execute("checkpoint");
        }
    }

    /** Until no SyncedDossiersReported publication is left incomplete. */
    static void waitForIndicators(String db, String user) throws Exception {
        try (Connection c = DriverManager.getConnection(db, user, "")) {
            while (true) {
                try (ResultSet rs = c.createStatement().executeQuery("select count(*) from event_publication "
                        + "where completion_date is null and event_type like '%SyncedDossiersReported'")) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(200);
            }
        }
    }

    /** Rows of the same shape as the API's (other codes, same record text and hash), in COPY's text format. */
    static String copyText(String db, String user, String run, long rows, Map<String, Long> procedureIds)
            throws Exception {
        long systemId;
        try (Connection c = DriverManager.getConnection(db, user, "");
                ResultSet rs = c.createStatement().executeQuery("select max(id) from sync_system")) {
            rs.next();
            systemId = rs.getLong(1);
        }
        StringBuilder csv = new StringBuilder();
        for (long n = 0; n < rows; n++) {
            String code = "COPY-" + run + "-" + n;
            String json = record(code, n);
            String procedure = PROCEDURES[(int) (n % PROCEDURES.length)];
            csv.append(code).append('\t').append(systemId).append('\t').append(AGENCIES[(int) (n % AGENCIES.length)])
                    .append('\t').append(procedureIds.get(procedure)).append('\t').append(procedure)
                    .append("\tĐăng ký\tNguyễn Văn A\t0905111222\t4\tONLINE\t2026-11-23 09:00:00+07\t2026-11-24 17:00:00+07")
                    .append("\t\\N\t\\N\t0\tf\tt\tf\t2026-11-23 09:00:00+07\t1\t").append(sha256(json)).append('\t')
                    .append(json.replace("\\", "\\\\")).append("\t2026-11-29 10:00:00+07\n");
        }
        return csv.toString();
    }

    /**
     * CPU time (Linux's /proc) of the application and of every PostgreSQL process, to tell where a phase's time went
     * on a machine whose speed varies from minute to minute.
     */
    record Cpu(long appTicks, long postgresTicks) {

        static Cpu now(long appPid) throws Exception {
            long app = appPid > 0 ? ticks(java.nio.file.Path.of("/proc", Long.toString(appPid))) : 0;
            long postgres = 0;
            try (var processes = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
                for (var p : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    try {
                        if (java.nio.file.Files.readString(p.resolve("comm")).startsWith("postgres")) {
                            postgres += ticks(p);
                        }
                    } catch (java.io.IOException gone) {
                        // the process ended meanwhile
                    }
                }
            }
            return new Cpu(app, postgres);
        }

        static long ticks(java.nio.file.Path process) throws java.io.IOException {
            String stat = java.nio.file.Files.readString(process.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (clock ticks of 10 ms)
        }

        Cpu minus(Cpu earlier) {
            return new Cpu(appTicks - earlier.appTicks, postgresTicks - earlier.postgresTicks);
        }

        /** ", CPU per row: …" in microseconds, or nothing off Linux. */
        String perRow(long rows, long appPid) {
            if (postgresTicks == 0) {
                return "";
            }
            return String.format(", CPU per row: %s PostgreSQL %.1f µs", appPid > 0
                    ? String.format("application %.1f µs,", appTicks * 10_000.0 / rows) : "",
                    postgresTicks * 10_000.0 / rows);
        }
    }

    /** Sends the bodies from several clients; returns how many records were accepted. */
    static long send(HttpClient http, String api, String key, java.util.stream.Stream<String> bodies, int clients,
            long start) throws Exception {
        AtomicLong accepted = new AtomicLong();
        AtomicLong answered = new AtomicLong();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            // at most a few bodies wait for a client, so a load made while sending is never all in memory
            java.util.concurrent.Semaphore queued = new java.util.concurrent.Semaphore(clients * 2);
            List<Future<?>> work = new ArrayList<>();
            for (String body : (Iterable<String>) bodies::iterator) {
                queued.acquire();
                work.add(pool.submit(() -> {
                    try {
                        String answer = post(http, api + "/api/v1/sync/dossiers", null, body, "X-API-Key", key);
                        accepted.addAndGet(count(answer, "\"accepted\":true"));
                        if (answered.incrementAndGet() % 1_000 == 0) {
                            System.out.printf("… %,d accepted after %.0f s%n", accepted.get(),
                                    (System.nanoTime() - start) / 1e9);
                        }
                        return null;
                    } finally {
                        queued.release();
                    }
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
