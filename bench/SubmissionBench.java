import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Dossier submissions through the API: --clients concurrent citizens' clients (congdan1) each loop over create, 3
 * uploads, submit (DossierClient) for --seconds after --warmup seconds; a submission counts once its submit is
 * answered 2xx. Run by bench/submission.sh, which sets it next to pgbench on the same database. Prints
 * "submissions/s: X" (the line the script reads) and, with --db, commits and row writes per submission
 * (DatabaseWrites).
 */
public class SubmissionBench {

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            a.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        DossierClient client = new DossierClient(a.getOrDefault("api", "http://localhost:18083"), List.of("congdan1"));
        int clients = Integer.parseInt(a.getOrDefault("clients", "4"));
        double seconds = Double.parseDouble(a.getOrDefault("seconds", "30"));
        String db = a.get("db");

        run(client, clients, Double.parseDouble(a.getOrDefault("warmup", "10")));
        try (Connection c = db == null ? null : DriverManager.getConnection(db, a.getOrDefault("user", "postgres"), "")) {
            DatabaseWrites writes = c == null ? null : DatabaseWrites.open(c);
            long start = System.nanoTime();
            Result r = run(client, clients, seconds);
            double elapsed = (System.nanoTime() - start) / 1e9;
            System.out.printf("submissions: %d acknowledged, %d failed, from %d clients in %.1f s%n",
                    r.acknowledged, r.failed, clients, elapsed);
            System.out.printf("submissions/s: %.2f (%.1f requests/s)%n", r.acknowledged / elapsed,
                    r.acknowledged * (DossierClient.UPLOADS + 2) / elapsed);
            if (writes != null && r.acknowledged > 0) {
                writes.print("submission", r.acknowledged);
            }
        }
    }

    record Result(int acknowledged, int failed) {
    }

    /** Every client submits until {@code seconds} are over; a submission under way then is finished and counted. */
    static Result run(DossierClient client, int clients, double seconds) throws Exception {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            done.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        client.submit("congdan1");
                        acknowledged.incrementAndGet();
                    } catch (IllegalStateException | java.io.IOException e) {
                        if (failed.incrementAndGet() <= 3) {
                            System.out.println("failed: " + e.getMessage());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return new Result(acknowledged.get(), failed.get());
    }
}
