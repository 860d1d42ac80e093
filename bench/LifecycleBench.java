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
 * The dossier lifecycle through the API, the way the citizen and three officers drive it: create, 3 uploads, submit,
 * receive, forward, forward, complete, deliver (10 requests). Run by bench/lifecycle.sh against an application on
 * PostgreSQL: --lifecycles after --warmup, from --clients concurrent clients; prints lifecycles/s and, from
 * pg_stat_database over the measured part (DatabaseWrites), the commits and row writes per lifecycle.
 */
public class LifecycleBench {

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            a.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        DossierClient client = new DossierClient(a.getOrDefault("api", "http://localhost:18081"),
                List.of("congdan1", "motcua1", "chuyenvien1", "lanhdao1"));
        int lifecycles = Integer.parseInt(a.getOrDefault("lifecycles", "400"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "40"));
        int clients = Integer.parseInt(a.getOrDefault("clients", "8"));
        String db = a.get("db");

        run(client, warmup, clients);
        double seconds;
        try (Connection c = db == null ? null : DriverManager.getConnection(db, a.getOrDefault("user", "postgres"), "")) {
            DatabaseWrites writes = c == null ? null : DatabaseWrites.open(c);
            long start = System.nanoTime();
            run(client, lifecycles, clients);
            seconds = (System.nanoTime() - start) / 1e9;
            if (writes != null) {
                writes.print("lifecycle", lifecycles);
            }
        }
        System.out.printf("lifecycles: %d from %d clients in %.1f s = %.1f lifecycles/s (%.0f requests/s)%n",
                lifecycles, clients, seconds, lifecycles / seconds, lifecycles * 10 / seconds);
    }

    static void run(DossierClient client, int count, int clients) throws Exception {
        AtomicInteger left = new AtomicInteger(count);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            done.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    lifecycle(client);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    static void lifecycle(DossierClient client) throws Exception {
        long id = client.submit("congdan1");
        client.act("motcua1", id, "receive");
        client.act("motcua1", id, "forward");
        client.act("chuyenvien1", id, "forward");
        client.act("lanhdao1", id, "complete");
        client.act("motcua1", id, "deliver");
    }
}
