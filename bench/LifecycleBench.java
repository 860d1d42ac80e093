import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dossier lifecycle through the API, the way the citizen and three officers drive it: create, 3 uploads, submit,
 * receive, forward, forward, complete, deliver (10 requests). Run by bench/lifecycle.sh against an application on
 * PostgreSQL: --lifecycles after --warmup, from --clients concurrent clients; prints lifecycles/s and, from
 * pg_stat_database over the measured part (an idle interval of the same length subtracted), the commits and row writes
 * per lifecycle.
 */
public class LifecycleBench {

    static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern ID = Pattern.compile("^\\{\"id\"\\s*:\\s*(\\d+)");
    static final Pattern REQUIRED_DOCUMENT = Pattern.compile("\\{\"name\":\"([^\"]+)\",\"required\":true\\}");
    /** The smallest PDF the uploads accept: they are checked by content. */
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final String api;
    final Map<String, String> tokens = new HashMap<>();
    long procedureId;
    List<String> documents;

    LifecycleBench(String api) {
        this.api = api;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            a.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        LifecycleBench bench = new LifecycleBench(a.getOrDefault("api", "http://localhost:18081"));
        int lifecycles = Integer.parseInt(a.getOrDefault("lifecycles", "400"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "40"));
        int clients = Integer.parseInt(a.getOrDefault("clients", "8"));
        String db = a.get("db");
        bench.prepare();

        bench.run(warmup, clients);
        double seconds;
        try (Connection c = db == null ? null : DriverManager.getConnection(db, a.getOrDefault("user", "postgres"), "")) {
            Stats before = null;
            Map<String, Long> tablesBefore = null;
            if (c != null) {
                Thread.sleep(11_000); // the application's connections report their statistics when idle, every ~10 s
                before = Stats.read(c);
                tablesBefore = tableWrites(c);
            }
            long start = System.nanoTime();
            bench.run(lifecycles, clients);
            seconds = (System.nanoTime() - start) / 1e9;
            if (c != null) {
                Thread.sleep(11_000);
                Stats load = Stats.read(c).minus(before);
                Map<String, Long> tablesAfter = tableWrites(c);
                double window = (System.nanoTime() - start) / 1e9;
                // the same window with no load: scheduled jobs and the statistics' own writes
                Stats i0 = Stats.read(c);
                Thread.sleep((long) (window * 1000));
                Stats idle = Stats.read(c).minus(i0);
                System.out.printf("commits per lifecycle: %.1f (idle window of %.0f s: %d commits subtracted)%n",
                        (load.commits - idle.commits) / (double) lifecycles, window, idle.commits);
                System.out.printf("row writes per lifecycle: %.1f (inserted %.1f, updated %.1f, deleted %.1f)%n",
                        (load.writes() - idle.writes()) / (double) lifecycles,
                        (load.inserted - idle.inserted) / (double) lifecycles,
                        (load.updated - idle.updated) / (double) lifecycles,
                        (load.deleted - idle.deleted) / (double) lifecycles);
                StringBuilder tables = new StringBuilder("row writes per lifecycle by table:");
                Map<String, Long> from = tablesBefore;
                tablesAfter.entrySet().stream()
                        .map(e -> Map.entry(e.getKey(), e.getValue() - from.getOrDefault(e.getKey(), 0L)))
                        .filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .forEach(e -> tables.append(String.format(" %s %.1f,", e.getKey(),
                                e.getValue() / (double) lifecycles)));
                System.out.println(tables.substring(0, tables.length() - 1));
            }
        }
        System.out.printf("lifecycles: %d from %d clients in %.1f s = %.1f lifecycles/s (%.0f requests/s)%n",
                lifecycles, clients, seconds, lifecycles / seconds, lifecycles * 10 / seconds);
    }

    void prepare() throws Exception {
        for (String user : List.of("congdan1", "motcua1", "chuyenvien1", "lanhdao1")) {
            String body = send(HttpRequest.newBuilder(URI.create(api + "/api/v1/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"Demo@123\"}")));
            tokens.put(user, "Bearer " + group(TOKEN, body));
        }
        String found = send(HttpRequest.newBuilder(URI.create(api + "/api/v1/procedures?q=1.001193")).GET());
        procedureId = Long.parseLong(group(Pattern.compile("\"id\"\\s*:\\s*(\\d+)"), found));
        String procedure = send(HttpRequest.newBuilder(URI.create(api + "/api/v1/procedures/" + procedureId)).GET());
        documents = new ArrayList<>();
        Matcher m = REQUIRED_DOCUMENT.matcher(procedure);
        while (m.find()) {
            documents.add(m.group(1));
        }
    }

    void run(int count, int clients) throws Exception {
        AtomicInteger left = new AtomicInteger(count);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            done.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    lifecycle();
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    void lifecycle() throws Exception {
        String created = send(as("congdan1", "/api/v1/dossiers").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"procedureId\":" + procedureId
                        + ",\"agencyCode\":\"DNG-HAICHAU\",\"formData\":{\"hoTenTre\":\"Nguyễn Minh Khang\","
                        + "\"ngaySinh\":\"2026-11-10\",\"gioiTinh\":\"Nam\",\"noiSinh\":\"Bệnh viện Phụ sản - Nhi Đà Nẵng\","
                        + "\"queQuan\":\"Hải Châu, Đà Nẵng\",\"danToc\":\"Kinh\",\"soDienThoai\":\"0905123456\"}}")));
        long id = Long.parseLong(group(ID, created));
        for (int i = 0; i < 3; i++) {
            upload(id, documents.get(i % documents.size()));
        }
        send(as("congdan1", "/api/v1/dossiers/" + id + "/submit").POST(HttpRequest.BodyPublishers.noBody()));
        act("motcua1", id, "receive");
        act("motcua1", id, "forward");
        act("chuyenvien1", id, "forward");
        act("lanhdao1", id, "complete");
        act("motcua1", id, "deliver");
    }

    void act(String user, long id, String action) throws Exception {
        send(as(user, "/api/v1/dossiers/" + id + "/actions/" + action).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    }

    void upload(long id, String document) throws Exception {
        String boundary = "bench" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"document\"\r\n\r\n" + document
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"giay-to.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(PDF);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        send(as("congdan1", "/api/v1/dossiers/" + id + "/files")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    HttpRequest.Builder as(String user, String path) {
        return HttpRequest.newBuilder(URI.create(api + path)).header("Authorization", tokens.get(user))
                .timeout(Duration.ofSeconds(60));
    }

    String send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.statusCode() + " " + response.uri() + ": " + response.body());
        }
        return response.body();
    }

    static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException(pattern + " not in " + text);
        }
        return m.group(1);
    }

    /** Rows inserted, updated and deleted so far in each table. */
    static Map<String, Long> tableWrites(Connection c) throws Exception {
        Map<String, Long> writes = new HashMap<>();
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select relname, n_tup_ins + n_tup_upd + n_tup_del from pg_stat_user_tables")) {
            while (rs.next()) {
                writes.put(rs.getString(1), rs.getLong(2));
            }
        }
        return writes;
    }

    /** The database's own counters: commits and rows written, all connections together. */
    record Stats(long commits, long inserted, long updated, long deleted) {

        static Stats read(Connection c) throws Exception {
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery("select xact_commit, tup_inserted, "
                    + "tup_updated, tup_deleted from pg_stat_database where datname = current_database()")) {
                rs.next();
                return new Stats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
            }
        }

        Stats minus(Stats o) {
            return new Stats(commits - o.commits, inserted - o.inserted, updated - o.updated, deleted - o.deleted);
        }

        long writes() {
            return inserted + updated + deleted;
        }
    }
}
