package vn.opendvc.dossier;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.identity.Accounts;
import vn.opendvc.identity.CurrentUser;

/**
 * {@code --lifecycle-bench=N}: the dossier lifecycle of bench/LifecycleBench.java run through the dossier module's
 * public API in the application's own JVM, without HTTP (no JSON, no security filters, no tokens): the same 10 steps
 * (create, 3 uploads, submit, receive, forward, forward, complete, deliver) by the same demo users on the same
 * procedure and agency, each step one call of {@link Dossiers} (its own transaction, as one request). N lifecycles
 * after {@code --lifecycle-bench.warmup=40}, from {@code --lifecycle-bench.clients=8} threads; prints lifecycles/s
 * and, on PostgreSQL, commits and row writes per lifecycle (pg_stat_database, an idle window subtracted), then stops
 * the application (exit 0, 1 when a lifecycle fails).
 * <p>
 * Benchmark tooling, not part of the shipped application (it lives with the tests, like {@code --generate}): started
 * on the test class path by bench/flowable.sh, {@code ./mvnw spring-boot:test-run
 * -Dspring-boot.run.main-class=vn.opendvc.OpenDvcApplication -Dspring-boot.run.arguments="--lifecycle-bench=400
 * --opendvc.demo=true --server.port=0 --spring.datasource.url=…"}. In a test context it does nothing.
 */
@Component
@Order(200)
class LifecycleModuleBench implements ApplicationRunner {

    /** The application's connections report their statistics when idle, every ~10 s. */
    private static final long REPORT_DELAY_MS = 11_000;
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private final Dossiers dossiers;
    private final Accounts accounts;
    private final ProcedureCatalog catalog;
    private final DataSource dataSource;
    private final ApplicationContext context;

    LifecycleModuleBench(Dossiers dossiers, Accounts accounts, ProcedureCatalog catalog, DataSource dataSource,
            ApplicationContext context) {
        this.dossiers = dossiers;
        this.accounts = accounts;
        this.catalog = catalog;
        this.dataSource = dataSource;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!args.containsOption("lifecycle-bench")) {
            return;
        }
        int code = 0;
        try {
            measure(number(args, "lifecycle-bench", 400), number(args, "lifecycle-bench.warmup", 40),
                    number(args, "lifecycle-bench.clients", 8));
        } catch (Exception e) {
            e.printStackTrace();
            code = 1;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    private void measure(int lifecycles, int warmup, int clients) throws Exception {
        Map<String, CurrentUser> users = new LinkedHashMap<>();
        for (String name : List.of("congdan1", "motcua1", "chuyenvien1", "lanhdao1")) {
            users.put(name, accounts.findByUsername(name).orElseThrow());
        }
        Procedure procedure = catalog.findByCode("1.001193").orElseThrow();
        List<String> documents = procedure.documents().stream().filter(Procedure.RequiredDocument::required)
                .map(Procedure.RequiredDocument::name).toList();
        Runnable lifecycle = () -> lifecycle(users, procedure.id(), documents);
        run(lifecycle, warmup, clients);
        boolean postgres;
        try (Connection c = dataSource.getConnection()) {
            postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
        long[] before = postgres ? settle() : null;
        long start = System.nanoTime();
        run(lifecycle, lifecycles, clients);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("module API lifecycles: %d from %d threads in %.1f s = %.1f lifecycles/s (%.0f calls/s)%n",
                lifecycles, clients, seconds, lifecycles / seconds, lifecycles * 10 / seconds);
        if (postgres) {
            long[] load = minus(settle(), before);
            long[] i0 = stats();
            Thread.sleep((long) (seconds * 1000) + REPORT_DELAY_MS);
            long[] idle = minus(stats(), i0);
            System.out.printf("module API: commits per lifecycle: %.1f, row writes per lifecycle: %.1f "
                    + "(idle window of %.0f s: %d commits subtracted)%n", (load[0] - idle[0]) / (double) lifecycles,
                    (load[1] - idle[1]) / (double) lifecycles, seconds + REPORT_DELAY_MS / 1000.0, idle[0]);
        }
    }

    private void lifecycle(Map<String, CurrentUser> users, long procedureId, List<String> documents) {
        CurrentUser citizen = users.get("congdan1");
        Dossier draft = dossiers.createDraft(citizen, new Dossiers.NewDossier(procedureId, "DNG-HAICHAU",
                Map.of("hoTenTre", "Nguyễn Minh Khang", "ngaySinh", "2026-11-10", "gioiTinh", "Nam",
                        "noiSinh", "Bệnh viện Phụ sản - Nhi Đà Nẵng", "queQuan", "Hải Châu, Đà Nẵng",
                        "danToc", "Kinh", "soDienThoai", "0905123456"), Channel.ONLINE, null, null));
        long id = draft.id();
        for (int i = 0; i < 3; i++) {
            dossiers.attach(citizen, id, documents.get(i % documents.size()),
                    new Dossiers.Upload("giay-to.pdf", PDF), false);
        }
        dossiers.submit(citizen, id);
        act(users.get("motcua1"), id, DossierAction.RECEIVE);
        act(users.get("motcua1"), id, DossierAction.FORWARD);
        act(users.get("chuyenvien1"), id, DossierAction.FORWARD);
        act(users.get("lanhdao1"), id, DossierAction.COMPLETE);
        act(users.get("motcua1"), id, DossierAction.DELIVER);
    }

    private void act(CurrentUser by, long id, DossierAction action) {
        dossiers.act(by, id, Dossiers.ActionRequest.of(action, null));
    }

    private static void run(Runnable lifecycle, int count, int clients) throws Exception {
        AtomicInteger left = new AtomicInteger(count);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            done.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    lifecycle.run();
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** The counters once what ran before has been reported. */
    private long[] settle() throws Exception {
        Thread.sleep(REPORT_DELAY_MS);
        return stats();
    }

    /** Commits and rows written in this database, all connections together. */
    private long[] stats() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select xact_commit, tup_inserted "
                + "+ tup_updated + tup_deleted from pg_stat_database where datname = current_database()")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    private static long[] minus(long[] a, long[] b) {
        return new long[] {a[0] - b[0], a[1] - b[1]};
    }

    private static int number(ApplicationArguments args, String name, int fallback) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? fallback : Integer.parseInt(values.get(0).trim());
    }
}
